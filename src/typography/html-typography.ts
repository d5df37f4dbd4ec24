// French spacing on the text of a built page: every text node the reader sees. Attributes, comments,
// and the bodies of code, script and style elements are never touched, so the page's inline scripts
// keep the hashes its security policy lists. The pages are the generator's own output, read with the
// tokenizer the policy step reads them with (src/security/html-elements.ts), fast enough for every
// page of a large site.
import { Parser } from 'htmlparser2';
import { frenchSpacing } from './french-spacing.ts';

/**
 * Elements whose text is not prose: code is copied as it is written, scripts and styles are run,
 * a form field's text is the reader's to edit. Their text, and all text inside them, is left alone.
 */
const UNTOUCHED = new Set(['code', 'kbd', 'samp', 'pre', 'var', 'script', 'style', 'textarea', 'template', 'noscript', 'xmp', 'plaintext', 'math']);


/** The page with French spacing in its text; the same string when nothing needed it. */
export function frenchTypography(html: string): string {
	let result = '';
	let copied = 0;
	// One run of text between two tags, as written in the page (entities undecoded: the spaces the
	// rules replace and the characters they look for are never part of an entity), which the
	// tokenizer may hand over in pieces.
	let runStart = -1;
	let runEnd = -1;
	let runText = '';
	const flush = () => {
		if (runStart < 0) return;
		const spaced = frenchSpacing(runText);
		if (spaced !== runText) {
			result += html.slice(copied, runStart) + spaced;
			copied = runEnd;
		}
		runStart = -1;
		runText = '';
	};
	// Open untouched elements, by name: a stray end tag without its start tag changes nothing.
	const open = new Map<string, number>();
	let depth = 0;
	const parser = new Parser(
		{
			onopentagname(name) {
				flush();
				if (!UNTOUCHED.has(name)) return;
				open.set(name, (open.get(name) ?? 0) + 1);
				depth++;
			},
			onclosetag(name, implied) {
				flush();
				const count = open.get(name);
				if (!count) return;
				open.set(name, count - 1);
				depth--;
				void implied;
			},
			oncomment: flush,
			onprocessinginstruction: flush,
			ontext(text) {
				if (depth > 0) return;
				if (runStart >= 0 && parser.startIndex === runEnd) {
					runText += text;
				} else {
					flush();
					runStart = parser.startIndex;
					runText = text;
				}
				runEnd = parser.endIndex + 1;
			},
		},
		{ decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: false, recognizeSelfClosing: false },
	);
	parser.end(html);
	flush();
	return copied === 0 ? html : result + html.slice(copied);
}
