// The Content-Security-Policy of a built page: only the site's own origin, inline scripts allowed by their hash.
import { createHash } from 'node:crypto';
import { htmlElements, type HtmlElement } from './html-elements.ts';
import { speakerViewScripts } from './speaker-view.ts';

/** sha256 of a script body, as CSP writes it: 'sha256-<base64>'. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * The policy for one page. Scripts: files from the site and the inline scripts of this very page
 * (Astro and Starlight inline a few), by hash, so an injected script cannot run. 'wasm-unsafe-eval'
 * lets Pagefind compile its WebAssembly search engine; it allows no JavaScript eval.
 * Styles keep 'unsafe-inline': Starlight writes style="" attributes and inline <style> elements
 * that only hashes plus 'unsafe-hashes' could allow, and a style cannot run code; with every
 * other directive limited to 'self', a style cannot reach another origin either.
 * frame-ancestors and report-uri are not listed: a <meta> policy ignores them.
 */
export function pagePolicy(inlineScripts: readonly string[]): string {
	const hashes = [...new Set(inlineScripts.map(scriptHash))];
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval'${hashes.map((hash) => ` ${hash}`).join('')}`,
		"style-src 'self' 'unsafe-inline'",
		// data: images are the icons Starlight draws as CSS masks.
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"media-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

const META_MARK = 'data-commun-csp';

/** A deck page (`<html data-deck="…">`) opens reveal.js's speaker view. */
function opensSpeakerView(elements: readonly HtmlElement[]): boolean {
	return elements.some((element) => element.name === 'html' && element.attributes['data-deck'] !== undefined);
}

/**
 * Puts the page's policy in a <meta http-equiv> at the top of its <head> (a policy only governs
 * what comes after it), replacing the one a previous run wrote. Pages without <head> are left as they are.
 * A deck page also allows the inline script of the speaker view it writes into a window it opens:
 * that window inherits the deck page's policy.
 */
export function withContentSecurityPolicy(html: string): string {
	const elements = htmlElements(html);
	const previous = elements.find((element) => element.name === 'meta' && META_MARK in element.attributes);
	const source = previous ? html.slice(0, previous.start) + html.slice(previous.openEnd) : html;
	const current = previous ? htmlElements(source) : elements;
	const head = current.find((element) => element.name === 'head');
	if (!head) return html;
	const scripts = current
		.filter((element) => element.name === 'script' && element.attributes.src === undefined)
		.map((element) => element.rawText ?? '');
	const charset = current.find(
		(element) => element.name === 'meta' && element.attributes.charset !== undefined && element.start > head.start,
	);
	const at = charset ? charset.openEnd : head.openEnd;
	const openedWindowScripts = opensSpeakerView(current) ? speakerViewScripts() : [];
	const meta = `<meta http-equiv="Content-Security-Policy" ${META_MARK} content="${pagePolicy([...scripts, ...openedWindowScripts])}">`;
	return source.slice(0, at) + meta + source.slice(at);
}
