// Parsing a content file's Markdown or MDX into an mdast tree with positions, with the site's parser.
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { ABSURD_DEPTH_MESSAGE, ABSURD_ELEMENT_DEPTH_MESSAGE, absurdElementNesting, absurdNesting } from './depth.ts';
import { markdownFeatures } from './features.ts';

export type MarkdownFormat = 'md' | 'mdx';

export interface MarkdownSyntaxError {
	line: number;
	column: number;
	message: string;
}

export type ParsedMarkdown = { tree: Root } | { error: MarkdownSyntaxError };

const LOCATED_ERROR = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \(([\w:-]+)\))?$/s;

/** Parses the whole file (frontmatter included) so that positions are those of the file. */
export function parseMarkdown(text: string, format: MarkdownFormat): ParsedMarkdown {
	const absurd = absurdNesting(text);
	if (absurd !== undefined) {
		const line = text.slice(0, absurd).split('\n').length;
		return { error: { line, column: 1, message: ABSURD_DEPTH_MESSAGE } };
	}
	const deepTag = format === 'mdx' ? absurdElementNesting(text) : undefined;
	if (deepTag !== undefined) {
		const before = text.slice(0, deepTag);
		const line = before.split('\n').length;
		return { error: { line, column: deepTag - before.lastIndexOf('\n'), message: ABSURD_ELEMENT_DEPTH_MESSAGE } };
	}
	const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
	try {
		return { tree: parse(text, { features: markdownFeatures }) as unknown as Root };
	} catch (error) {
		const raw = error instanceof Error ? error.message : String(error);
		const located = LOCATED_ERROR.exec(raw);
		return {
			error: located
				? { line: Number(located[1]), column: Number(located[2]), message: located[3]! }
				: { line: 1, column: 1, message: raw },
		};
	}
}
