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

/** The raw message of an MDX file whose tags nest absurdly deep, explained by the loader too. */
export const ABSURD_ELEMENT_DEPTH_MESSAGE = `elements nested deeper than ${ABSURD_DEPTH} levels`;

/**
 * The offset of the first tag of an MDX text that opens more than ABSURD_DEPTH levels of
 * elements (<span><span>…), read without parsing. The MDX parser's time grows with the square of
 * that depth (10 000 levels: 9 s, for the check and again for the build). In MDX, "<" and a
 * letter always open a tag; "</" closes one and "/>" closes the tag it ends.
 */
export function absurdElementNesting(text: string): number | undefined {
	let depth = 0;
	for (const match of text.matchAll(/<\/|\/>|<[A-Za-z]/g)) {
		depth += match[0] === '</' || match[0] === '/>' ? -1 : 1;
		if (depth > ABSURD_DEPTH) return match.index;
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
