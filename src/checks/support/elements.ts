// The HTML elements and components a content file writes, as JSX in MDX or raw HTML in Markdown,
// with the place of each tag, attribute and value: what the content-safety rules look at.
import type { Root } from 'mdast';
import type { Point } from '../../model/source.ts';
import { scanHtml } from './html.ts';
import { nodesOf, type MarkdownFile } from './markdown-files.ts';
import { findInNode, nodeStart, pointAtOffset, pointInValue } from './places.ts';

export interface ElementAttribute {
	/** Lower-cased for raw HTML, as written for JSX. */
	name: string;
	/** The value as the browser reads it, when it is text (an expression `{…}` has none). */
	value?: string;
	/** Whether the value is an expression `{…}` (JSX only). */
	expression: boolean;
	point: Point;
	valuePoint: Point;
}

export interface Element {
	/** Tag name, lower-cased for HTML, as written for JSX components. */
	name: string;
	/** Raw HTML of a .md file, or JSX of a .mdx file. */
	syntax: 'html' | 'jsx';
	point: Point;
	attributes: ElementAttribute[];
}

export interface ContentHtml {
	elements: Element[];
	/** Places where raw HTML is left open (comment, tag or quoted value), swallowing what follows. */
	unclosed: Point[];
}

const cache = new WeakMap<Root, ContentHtml>();

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A JSX component, as opposed to an HTML element: a capital letter, or a member name (a.b). */
export function isComponentName(name: string): boolean {
	return /^[A-Z]/.test(name) || name.includes('.');
}

export function htmlOf({ source, tree }: MarkdownFile): ContentHtml {
	const cached = cache.get(tree);
	if (cached) return cached;
	const elements: Element[] = [];
	const unclosed: Point[] = [];
	for (const node of nodesOf(tree, 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html')) {
		if (node.type !== 'html') {
			// A fragment <>…</> has no name and writes no element.
			if (!node.name) continue;
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
					expression: attribute.value !== null && typeof attribute.value === 'object',
					point: pointAtOffset(source, at),
					valuePoint: pointAtOffset(source, valueAt),
				});
			}
			elements.push({ name: node.name, syntax: 'jsx', point: pointAtOffset(source, start), attributes });
		} else if (node.position) {
			const origin = node.position.start;
			const scan = scanHtml(node.value);
			for (const tag of scan.tags) {
				elements.push({
					name: tag.name,
					syntax: 'html',
					point: pointInValue(source, origin, node.value, tag.offset),
					attributes: tag.attributes.map((attribute) => ({
						name: attribute.name,
						value: attribute.value,
						expression: false,
						point: pointInValue(source, origin, node.value, attribute.offset),
						valuePoint: pointInValue(source, origin, node.value, attribute.valueOffset),
					})),
				});
			}
			if (scan.openAt !== undefined) unclosed.push(pointInValue(source, origin, node.value, scan.openAt));
		}
	}
	const found = { elements, unclosed };
	cache.set(tree, found);
	return found;
}

/** The elements and components of a file. */
export function elementsOf(markdown: MarkdownFile): Element[] {
	return htmlOf(markdown).elements;
}
