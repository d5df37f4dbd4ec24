// Finding the YAML header ("frontmatter") between two "---" lines at the top of a Markdown file.

export type FrontmatterSplit =
	| { kind: 'ok'; yaml: string; yamlOffset: number; bodyOffset: number }
	| { kind: 'empty-file' }
	| { kind: 'missing' }
	| { kind: 'unclosed' };

const FENCE = /^---[ \t]*\r?$/;

export function splitFrontmatter(text: string): FrontmatterSplit {
	if (text.trim() === '') return { kind: 'empty-file' };
	const firstLineEnd = text.indexOf('\n');
	const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
	if (!FENCE.test(firstLine)) return { kind: 'missing' };
	const yamlOffset = firstLineEnd + 1;
	let lineStart = yamlOffset;
	while (firstLineEnd !== -1 && lineStart <= text.length) {
		const lineEnd = text.indexOf('\n', lineStart);
		const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
		if (FENCE.test(line)) {
			return {
				kind: 'ok',
				yaml: text.slice(yamlOffset, lineStart),
				yamlOffset,
				bodyOffset: lineEnd === -1 ? text.length : lineEnd + 1,
			};
		}
		if (lineEnd === -1) break;
		lineStart = lineEnd + 1;
	}
	return { kind: 'unclosed' };
}
