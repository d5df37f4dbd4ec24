// One escaping helper per context a content value can be written into: HTML text, an attribute,
// a URL, a CSS string, inline JSON. Astro escapes {expr} in text and attributes by itself; these
// are for what it does not escape: set:html, <style> and <script> bodies, and addresses.
import { linkProblem } from './addresses.ts';

const HTML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const HTML_ATTRIBUTE: Record<string, string> = { ...HTML_TEXT, '"': '&quot;', "'": '&#39;' };

/** Text inside an element, <title> included: no tag can open or close. */
export function escapeHtmlText(text: string): string {
	return text.replace(/[&<>]/g, (character) => HTML_TEXT[character]!);
}

/** The value of an attribute written between quotes (either kind). */
export function escapeHtmlAttribute(text: string): string {
	return text.replace(/[&<>"']/g, (character) => HTML_ATTRIBUTE[character]!);
}

/**
 * A CSS string literal for any text, safe inside a <style> element: quotes and backslashes
 * escaped, line breaks turned into spaces (running headers hold one line), and "<", ">", "&"
 * written as CSS escapes so that no "</style>" can end the element.
 */
export function cssString(text: string): string {
	const escaped = text
		.replace(/\\/g, '\\\\')
		.replace(/"/g, '\\"')
		.replace(/[\r\n\f]+/g, ' ')
		.replace(/[<>&\u0000-\u001f\u007f]/g, (character) => `\\${character.codePointAt(0)!.toString(16)} `);
	return `"${escaped}"`;
}

/**
 * JSON for a <script type="application/json"> (or any inline script): "<", ">" and "&" as
 * \u escapes so that no "</script>" or "<!--" can end or change the element, and the two line
 * separators JavaScript once refused in strings.
 */
export function inlineJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`,
	);
}

/**
 * An address from content for an href: itself when it is a web page, an e-mail, a phone number
 * or a page of the site; otherwise nothing, so that the caller shows the text without a link.
 * The check refuses such addresses already; this keeps a page safe if one gets through.
 */
export function safeHref(url: string | undefined): string | undefined {
	if (url === undefined || linkProblem(url)) return undefined;
	return url;
}

const XML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const XML_ATTRIBUTE: Record<string, string> = { ...XML_TEXT, '"': '&quot;', "'": '&apos;' };
/** Characters XML 1.0 does not allow at all, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text inside an XML element (a manifest's title): no tag can open, no forbidden character stays. */
export function xmlText(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>]/g, (character) => XML_TEXT[character]!);
}

/** The value of an XML attribute written between double quotes. */
export function xmlAttribute(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>"']/g, (character) => XML_ATTRIBUTE[character]!);
}
