// Rewriting the relative links of rendered HTML as absolute site paths seen from another page.
// The HTML is read by the HTML standard's parser (parse5), and only the href attributes of <a>
// elements are replaced, at their exact place: a regular expression over the HTML once took a
// ` href="` written in a code span for an attribute and ran on to the next quote, turning a link
// title holding `<img onerror=…>` into an element of the print page.
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { escapeHtmlAttribute } from '../security/escape.ts';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

/** A link relative to the page it is written on: no scheme, not from the site root, not a fragment alone. */
function isRelative(href: string): boolean {
	return !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('/') && !href.startsWith('#');
}

function links(node: ParentNode, found: Element[] = []): Element[] {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		if (child.tagName === 'a') found.push(child);
		links(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child, found);
	}
	return found;
}

export function rebaseLinks(html: string, from: string): string {
	const edits: { start: number; end: number; text: string }[] = [];
	for (const link of links(parseFragment(html, { sourceCodeLocationInfo: true }))) {
		const href = link.attrs.find((attribute) => attribute.name === 'href' && !attribute.namespace);
		const place = link.sourceCodeLocation?.attrs?.href;
		if (!href || !place || !isRelative(href.value)) continue;
		const url = new URL(href.value, `http://site.invalid${from}`);
		edits.push({ start: place.startOffset, end: place.endOffset, text: `href="${escapeHtmlAttribute(`${url.pathname}${url.search}${url.hash}`)}"` });
	}
	let result = html;
	for (const edit of edits.sort((a, b) => b.start - a.start)) result = `${result.slice(0, edit.start)}${edit.text}${result.slice(edit.end)}`;
	return result;
}
