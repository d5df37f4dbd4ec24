// Decoding a content file's bytes into text, and turning offsets in that text into line:column.

export interface Point {
	/** 1-based line. */
	line: number;
	/** 1-based column, in characters. */
	column: number;
}

/** Files larger than this are refused: content is hand-written, a bigger file is a mistake. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface SourceText {
	/** Path relative to the project root, with "/" separators. */
	path: string;
	/** The decoded text, without byte-order mark. */
	text: string;
	hadBom: boolean;
	/** Offset of each line's first character. */
	lineStarts: number[];
}

export type DecodeProblem =
	| { kind: 'not-utf8'; point: Point }
	| { kind: 'too-large'; bytes: number };

export function computeLineStarts(text: string): number[] {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
		starts.push(index + 1);
	}
	return starts;
}

export function pointAt(source: Pick<SourceText, 'lineStarts'>, offset: number): Point {
	const starts = source.lineStarts;
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return { line: low + 1, column: offset - starts[low]! + 1 };
}

export function makeSource(path: string, text: string): SourceText {
	const hadBom = text.charCodeAt(0) === 0xfeff;
	const body = hadBom ? text.slice(1) : text;
	return { path, text: body, hadBom, lineStarts: computeLineStarts(body) };
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/** Decodes a file's bytes as UTF-8, reporting where the first invalid byte is. */
export function decodeSource(path: string, bytes: Uint8Array): SourceText | DecodeProblem {
	if (bytes.byteLength > MAX_FILE_BYTES) return { kind: 'too-large', bytes: bytes.byteLength };
	try {
		return makeSource(path, strictDecoder.decode(bytes));
	} catch {
		const text = lenientDecoder.decode(bytes);
		const source = makeSource(path, text);
		const firstBad = source.text.indexOf('\uFFFD');
		return { kind: 'not-utf8', point: pointAt(source, Math.max(firstBad, 0)) };
	}
}
