// Reading raw HTML from a Markdown (.md) file the way a browser reads it: parse5's tokenizer, which
// follows the HTML standard (comments ended by "--!>", "<!-->", quotes inside unquoted values,
// raw-text elements such as <noscript> and <textarea>), with the offset of every tag and attribute.
// Never regular expressions: a browser and a regex disagree exactly where an attacker hides a tag.
import type { Token } from 'parse5';
import { SAXParser, type StartTag } from 'parse5-sax-parser';

export interface HtmlAttribute {
	/** Lower-cased, as the browser reads it. */
	name: string;
	/** The value with its character references decoded (&#58; is ":"), as the browser reads it. */
	value: string;
	/** Offset of the attribute's name in the HTML text. */
	offset: number;
	/** Offset of its value (after the quote), or of its name when it has none. */
	valueOffset: number;
}

export interface HtmlTag {
	/** Lower-cased tag name. */
	name: string;
	offset: number;
	attributes: HtmlAttribute[];
}

export interface HtmlScan {
	/** Every start tag, in order (end tags carry nothing a browser acts on). */
	tags: HtmlTag[];
	/**
	 * Where the HTML leaves something open that swallows what follows it on the page (a comment,
	 * a tag or a quoted value not closed), or undefined when it ends as plain text.
	 */
	openAt?: number;
}

/** Appended to the HTML: if the tokenizer reads it as a tag of its own, the HTML ended in plain text. */
const SENTINEL = '<commun-fin-du-html>';
const SENTINEL_NAME = 'commun-fin-du-html';

/** The offset just after "name=" and the opening quote, in the raw text of an attribute. */
function valueOffsetIn(raw: string, start: number): number {
	const equals = raw.indexOf('=');
	if (equals === -1) return start;
	let offset = equals + 1;
	while (offset < raw.length && /[\t\n\f\r ]/.test(raw[offset]!)) offset++;
	if (raw[offset] === '"' || raw[offset] === "'") offset++;
	return start + offset;
}

function tagOf(html: string, token: StartTag): HtmlTag {
	const location = token.sourceCodeLocation as Token.LocationWithAttributes;
	return {
		name: token.tagName,
		offset: location.startOffset,
		attributes: token.attrs.map((attribute) => {
			const place = location.attrs?.[attribute.name];
			const offset = place?.startOffset ?? location.startOffset;
			return {
				name: attribute.name,
				value: attribute.value,
				offset,
				valueOffset: place ? valueOffsetIn(html.slice(place.startOffset, place.endOffset), place.startOffset) : offset,
			};
		}),
	};
}

/** Every start tag of `html`, read by the HTML standard's tokenizer, and whether it ends open. */
export function scanHtml(html: string): HtmlScan {
	const tags: HtmlTag[] = [];
	let lastEnd = 0;
	/** A token that began in the HTML and swallowed the sentinel: a comment or a tag left open. */
	let swallowing: number | undefined;
	let closed = false;
	const text = html + SENTINEL;
	const parser = new SAXParser({ sourceCodeLocationInfo: true });
	const seen = (location: Token.Location | null | undefined) => {
		if (!location || location.startOffset >= html.length) return;
		if (location.endOffset > html.length) swallowing ??= location.startOffset;
		else lastEnd = Math.max(lastEnd, location.endOffset);
	};
	parser.on('startTag', (token) => {
		const location = token.sourceCodeLocation!;
		if (token.tagName === SENTINEL_NAME && location.startOffset === html.length && token.attrs.length === 0) {
			closed = true;
			return;
		}
		if (location.startOffset < html.length) tags.push(tagOf(text, token));
		seen(location);
	});
	for (const event of ['endTag', 'comment', 'doctype'] as const) parser.on(event, (token) => seen(token.sourceCodeLocation));
	// The parser is a stream, but its tokenizer works synchronously on each chunk: the whole text
	// is given at once, as the last chunk, so that every token has been read when this returns.
	const synchronous = parser as unknown as { lastChunkWritten: boolean; _transformChunk(chunk: string): string };
	synchronous.lastChunkWritten = true;
	synchronous._transformChunk(text);
	if (closed) return { tags };
	if (swallowing !== undefined) return { tags, openAt: swallowing };
	// Raw text (<textarea>, <xmp>…) swallowed it: the last tag opened it.
	const open = html.lastIndexOf('<', lastEnd === 0 ? html.length : lastEnd - 1);
	return { tags, openAt: Math.max(open, 0) };
}
