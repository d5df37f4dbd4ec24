// Where a check's message points: a reference as written, the top of a header, an offset in a file.
import type { LoadedEntry } from '../../model/load.ts';
import type { Reference } from '../../model/references.ts';
import { pointAt, type Point, type SourceText } from '../../model/source.ts';
import type { RuleContext } from '../rule.ts';

/** Where the id of a reference is written: in the frontmatter, or the label of a directive. */
export function referencePoint(context: RuleContext, reference: Reference): Point {
	if (reference.point) return reference.point;
	return context.at(reference.from as LoadedEntry, reference.path ?? []);
}

/**
 * Where a message about a whole entry points: the first line of its header, just under the
 * opening "---" (line 1 of a YAML file). Known without parsing the header again.
 */
export function headerPoint(entry: LoadedEntry): Point {
	return { line: entry.format === 'yaml' ? 1 : 2, column: 1 };
}

/** Offset in the source text of a line:column point. */
export function offsetOf(source: SourceText, point: Point): number {
	return (source.lineStarts[point.line - 1] ?? source.text.length) + point.column - 1;
}

/** The point `offset` characters into the source text. */
export function pointAtOffset(source: SourceText, offset: number): Point {
	return pointAt(source, Math.max(0, Math.min(offset, source.text.length)));
}

/** Quotes a value in a message, shortened when long: « javascript:alert(… ». */
export function quoteValue(value: string, max = 40): string {
	const oneLine = value.replace(/\s+/g, ' ').trim();
	return `« ${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine} »`;
}

interface Positioned {
	position?: { start: Point; end: Point };
}

/** Offset where a node starts in the source text, or 0 when the parser gave it no position. */
export function nodeStart(source: SourceText, node: Positioned): number {
	return node.position ? offsetOf(source, node.position.start) : 0;
}

/** Offsets of the first match of `pattern` in the text of `node`, for parts the parser gives no position (JSX attributes). */
export function findInNode(source: SourceText, node: Positioned, pattern: RegExp): { start: number; end: number } | undefined {
	if (!node.position) return undefined;
	const from = offsetOf(source, node.position.start);
	const match = pattern.exec(source.text.slice(from, offsetOf(source, node.position.end)));
	return match ? { start: from + match.index, end: from + match.index + match[0].length } : undefined;
}

/**
 * The point of the character at `offset` in a node's `value`. Inside a quote or a list, the parser
 * strips each line's prefix ("> ") from the value, so later lines are found again in the source.
 */
export function pointInValue(source: SourceText, start: Point, value: string, offset: number): Point {
	let lines = 0;
	let lineStart = 0;
	for (let index = value.indexOf('\n'); index !== -1 && index < offset; index = value.indexOf('\n', index + 1)) {
		lines++;
		lineStart = index + 1;
	}
	const column = offset - lineStart;
	if (lines === 0) return { line: start.line, column: start.column + column };
	const line = start.line + lines;
	const sourceLine = source.text.slice(source.lineStarts[line - 1] ?? 0, source.lineStarts[line] ?? source.text.length);
	const valueLineEnd = value.indexOf('\n', lineStart);
	const shift = sourceLine.indexOf(value.slice(lineStart, valueLineEnd === -1 ? value.length : valueLineEnd));
	return { line, column: Math.max(shift, 0) + column + 1 };
}

/**
 * Where the destination of a link, an image or a definition is written: after "](" or "]:",
 * or just inside "<" for an autolink.
 */
export function destinationOffset(source: SourceText, node: Positioned & { type: string }): number {
	const start = nodeStart(source, node);
	if (!node.position) return start;
	const text = source.text.slice(start, offsetOf(source, node.position.end));
	if (text.startsWith('<')) return start + 1;
	const marker = node.type === 'definition' ? text.indexOf(']:') : text.lastIndexOf('](');
	if (marker === -1) return start;
	let offset = marker + 2;
	while (offset < text.length && /[\s<]/.test(text[offset]!)) offset++;
	return start + offset;
}
