// The HTML elements a content file writes, as JSX in MDX or raw HTML in Markdown, with the place
// of each tag, attribute and value: what the content-safety rules look at.
import type { Root } from 'mdast';
import type { Point } from '../../model/source.ts';
import { scanHtml } from './html.ts';
import { nodesOf, type MarkdownFile } from './markdown-files.ts';
import { findInNode, nodeStart, pointAtOffset, pointInValue } from './places.ts';

export interface ElementAttribute {
	name: string;
	/** The value as written, when it is text (an expression `{…}` has none). */
	value?: string;
	point: Point;
	valuePoint: Point;
}

export interface Element {
	/** Tag name, lower-cased for HTML, as written for JSX components. */
	name: string;
	point: Point;
	attributes: ElementAttribute[];
}

const cache = new WeakMap<Root, Element[]>();

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function elementsOf({ source, tree }: MarkdownFile): Element[] {
	const cached = cache.get(tree);
	if (cached) return cached;
	const elements: Element[] = [];
	for (const node of nodesOf(tree, 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html')) {
		if (node.type !== 'html' && node.name) {
			const start = nodeStart(source, node);
			const attributes: ElementAttribute[] = [];
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute') continue;
				const name = escapeRegExp(attribute.name);
				const found = findInNode(source, node, new RegExp(`(?<=\\s)${name}(?:\\s*=\\s*["'{]?|(?=[\\s/>]|$))`));
				const at = found?.start ?? start;
				const valueAt = found?.end ?? at;
				attributes.push({
					name: attribute.name,
					value: typeof attribute.value === 'string' ? attribute.value : undefined,
					point: pointAtOffset(source, at),
					valuePoint: pointAtOffset(source, valueAt),
				});
			}
			elements.push({ name: node.name, point: pointAtOffset(source, start), attributes });
		} else if (node.type === 'html' && node.position) {
			const origin = node.position.start;
			for (const tag of scanHtml(node.value)) {
				elements.push({
					name: tag.name,
					point: pointInValue(source, origin, node.value, tag.offset),
					attributes: tag.attributes.map((attribute) => ({
						name: attribute.name,
						value: attribute.value,
						point: pointInValue(source, origin, node.value, attribute.offset),
						valuePoint: pointInValue(source, origin, node.value, attribute.valueOffset ?? attribute.offset),
					})),
				});
			}
		}
	}
	cache.set(tree, elements);
	return elements;
}
