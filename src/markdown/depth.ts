// How deep quotes and lists may nest in a content file. A trainer needs a few levels; a file
// nesting thousands deep is a mistake or an attack: a 100 000-deep quote took the check 11 s and
// the build 70 s. Past ABSURD_DEPTH the text is not even parsed.
import type { Nodes, Root } from 'mdast';

/** Quotes and lists nested deeper than this are refused by the check (rule markdown-depth). */
export const MAX_MARKDOWN_DEPTH = 20;

/** Past this, the file is refused before parsing: parsing alone would take seconds. */
export const ABSURD_DEPTH = 500;

/** The raw message of an absurdly deep file, explained in French by the loader (src/model/mdx-messages.ts). */
export const ABSURD_DEPTH_MESSAGE = `nesting deeper than ${ABSURD_DEPTH} levels`;

/**
 * The offset of the first line whose quote markers (">") or indentation show more than
 * ABSURD_DEPTH levels of nesting, read without parsing: one pass over the text.
 */
export function absurdNesting(text: string): number | undefined {
	let lineStart = 0;
	while (lineStart < text.length) {
		let markers = 0;
		let spaces = 0;
		let index = lineStart;
		for (; index < text.length; index++) {
			const character = text[index];
			if (character === '>') markers++;
			else if (character === ' ') spaces++;
			else if (character === '\t') spaces += 4;
			else break;
		}
		// A list level takes at least two columns of indentation.
		if (markers > ABSURD_DEPTH || spaces / 2 > ABSURD_DEPTH) return lineStart;
		const end = text.indexOf('\n', index);
		if (end === -1) break;
		lineStart = end + 1;
	}
	return undefined;
}

/** The first quote or list deeper than MAX_MARKDOWN_DEPTH, with its depth. */
export function tooDeep(tree: Root): { node: Nodes; depth: number } | undefined {
	const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
	while (stack.length > 0) {
		const { node, depth } = stack.pop()!;
		const nested = node.type === 'blockquote' || node.type === 'list' ? depth + 1 : depth;
		if (nested > MAX_MARKDOWN_DEPTH) return { node, depth: nested };
		if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index] as Nodes, depth: nested });
	}
	return undefined;
}
