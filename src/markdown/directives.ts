// The directives of a Markdown tree (:module[id], :::quiz…): their names, labels and places.
// Which collection a reference directive names is the model's business (collections.ts).
import type { Nodes, Root } from 'mdast';
import { textOf, walk } from './walk.ts';

/** A place in a file, 1-based. */
interface Point {
	line: number;
	column: number;
}

/** Block directives the commons gives a meaning to (the others are left to Starlight, e.g. :::note). */
export const BLOCK_DIRECTIVES = ['notes', 'quiz', 'fragment', 'background', 'haut', 'note', 'tip', 'caution', 'danger'] as const;

/**
 * French text is full of colons: "10:30", "16:9", "Note:". The parser reads ":30" or ":9" as
 * directives; only a name that starts with a letter and carries a [label] is taken as one.
 */
export function looksLikeDirective(name: string, hasLabel: boolean): boolean {
	return /^[a-z][\w-]*$/i.test(name) && hasLabel;
}

export interface DirectiveOccurrence {
	kind: 'text' | 'leaf' | 'container';
	name: string;
	/** The label's text: for a reference directive, the id. */
	label: string;
	attributes: Record<string, string>;
	point: Point;
	/** Point of the label's first character, where an id is written. */
	labelPoint: Point;
}

function pointOf(node: Nodes | undefined, fallback: Point): Point {
	const start = node?.position?.start;
	return start ? { line: start.line, column: start.column } : fallback;
}

/** Every directive in a tree, in document order. */
export function collectDirectives(tree: Root): DirectiveOccurrence[] {
	const found: DirectiveOccurrence[] = [];
	walk(tree, (node) => {
		if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
			const point = pointOf(node, { line: 1, column: 1 });
			const labelNode =
				node.type === 'containerDirective'
					? node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel)
					: node.children[0];
			const label = node.type === 'containerDirective' ? (labelNode ? textOf(labelNode) : '') : textOf(node);
			const attributes: Record<string, string> = {};
			for (const [key, value] of Object.entries(node.attributes ?? {})) {
				if (typeof value === 'string') attributes[key] = value;
			}
			found.push({
				kind: node.type === 'textDirective' ? 'text' : node.type === 'leafDirective' ? 'leaf' : 'container',
				name: node.name,
				label: label.trim(),
				attributes,
				point,
				labelPoint: pointOf(labelNode as Nodes | undefined, { line: point.line, column: point.column + node.name.length + 2 }),
			});
		}
	});
	return found;
}
