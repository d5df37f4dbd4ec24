// Finding the YAML header ("frontmatter") between two "---" lines at the top of a Markdown file.
// The header ends where Astro ends it (@astrojs/internal-helpers/frontmatter): at the first line
// that starts with "---" or "+++", whatever follows on that line. A line such as "---x" inside a
// quoted value would end the site's header there while the check read on: it is refused, so that
// the header the check reads is the header the site reads.

export type FrontmatterSplit =
	| { kind: 'ok'; yaml: string; yamlOffset: number; bodyOffset: number }
	| { kind: 'empty-file' }
	| { kind: 'missing' }
	| { kind: 'unclosed' }
	/** A line of the header starts with "---" or "+++" without being a closing "---" line. */
	| { kind: 'stray-fence'; line: number; text: string };

const FENCE = /^---[ \t]*\r?$/;
/** Where Astro's header ends: a line that starts with either fence, followed by anything. */
const ASTRO_FENCE = /^(?:---|\+\+\+)/;

export function splitFrontmatter(text: string): FrontmatterSplit {
	if (text.trim() === '') return { kind: 'empty-file' };
	const firstLineEnd = text.indexOf('\n');
	const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
	if (!FENCE.test(firstLine)) return { kind: 'missing' };
	const yamlOffset = firstLineEnd + 1;
	let lineStart = yamlOffset;
	let lineNumber = 2;
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
		if (ASTRO_FENCE.test(line)) return { kind: 'stray-fence', line: lineNumber, text: line.replace(/\r$/, '') };
		if (lineEnd === -1) break;
		lineStart = lineEnd + 1;
		lineNumber++;
	}
	return { kind: 'unclosed' };
}
