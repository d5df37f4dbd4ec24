// Reading the tags and attributes of raw HTML in a Markdown (.md) file, with their offsets.

export interface HtmlAttribute {
	name: string;
	value?: string;
	/** Offset of the attribute's name in the HTML text. */
	offset: number;
	/** Offset of its value (after the quote), when it has one. */
	valueOffset?: number;
}

export interface HtmlTag {
	name: string;
	offset: number;
	attributes: HtmlAttribute[];
}

const TAG_START = /<!--|<([a-zA-Z][a-zA-Z0-9:-]*)/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Offset of the ">" closing a tag, skipping quoted values ("a>b"); -1 when the tag never closes. */
function tagEnd(html: string, from: number): number {
	let quote: string | undefined;
	for (let index = from; index < html.length; index++) {
		const character = html[index];
		if (quote) {
			if (character === quote) quote = undefined;
		} else if (character === '"' || character === "'") quote = character;
		else if (character === '>') return index;
	}
	return -1;
}

/** Every opening tag of `html`; comments are skipped. Linear in the length of the text. */
export function scanHtml(html: string): HtmlTag[] {
	const tags: HtmlTag[] = [];
	TAG_START.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = TAG_START.exec(html))) {
		if (match[1] === undefined) {
			const commentEnd = html.indexOf('-->', match.index + 4);
			if (commentEnd === -1) break;
			TAG_START.lastIndex = commentEnd + 3;
			continue;
		}
		const attributesStart = match.index + match[0].length;
		const end = tagEnd(html, attributesStart);
		const attributesText = html.slice(attributesStart, end === -1 ? html.length : end);
		const attributes: HtmlAttribute[] = [];
		ATTRIBUTE.lastIndex = 0;
		let attribute: RegExpExecArray | null;
		while ((attribute = ATTRIBUTE.exec(attributesText))) {
			const value = attribute[2] ?? attribute[3] ?? attribute[4];
			const offset = attributesStart + attribute.index;
			const valueOffset =
				value === undefined ? undefined : offset + attribute[0].length - value.length - (attribute[4] === undefined ? 1 : 0);
			attributes.push({ name: attribute[1]!, value, offset, valueOffset });
		}
		tags.push({ name: match[1]!.toLowerCase(), offset: match.index, attributes });
		TAG_START.lastIndex = end === -1 ? html.length : end + 1;
	}
	return tags;
}
