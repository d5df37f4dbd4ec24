// The Content-Security-Policy of a built page: only the site's own origin, and only the inline
// scripts the generator writes (src/security/generator-scripts.ts), by hash. A page holding an
// inline script the generator does not write, a <meta http-equiv> other than the policy, or a
// <base> is not given a policy: it is reported, and the build stops.
import { createHash } from 'node:crypto';
import { htmlElements, type HtmlElement } from './html-elements.ts';
import { speakerViewScripts } from './speaker-view.ts';

/** sha256 of a script body, as CSP writes it: 'sha256-<base64>'. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

export interface PolicyOptions {
	/** The page has a form of the generator (search, filters, questionnaire): it may submit to the site. */
	forms?: boolean;
}

/**
 * The policy for one page. Scripts: files from the site and the given inline scripts, by hash.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no JavaScript
 * eval. Styles keep 'unsafe-inline': Starlight writes style="" attributes and inline <style>
 * elements that only hashes plus 'unsafe-hashes' could allow, and a style cannot run code; with
 * every other directive limited to 'self', a style cannot reach another origin either.
 * frame-ancestors and report-uri are not listed: a <meta> policy ignores them.
 */
export function pagePolicy(inlineScripts: readonly string[], { forms = false }: PolicyOptions = {}): string {
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
		"base-uri 'none'",
		`form-action ${forms ? "'self'" : "'none'"}`,
	].join('; ');
}

/**
 * The policy of a page that carries everything inside itself (a deck's single file, a SCORM
 * package's page): nothing may be loaded from anywhere, not even from beside the file; only the
 * given inline scripts run, by hash; images and fonts come from data: addresses. `frames` lets a
 * deck's speaker view show the same file in frames: 'self' when the file is served by the site,
 * file: when it is opened from a disk (a file: page has an opaque origin, which browsers do not
 * all match with 'self'; a frame of a local file reaches no network).
 */
export function standalonePolicy(inlineScripts: readonly string[], { frames = false }: { frames?: boolean } = {}): string {
	const hashes = [...new Set(inlineScripts.map(scriptHash))];
	return [
		"default-src 'none'",
		`script-src${hashes.map((hash) => ` ${hash}`).join('')}`,
		"style-src 'unsafe-inline'",
		'img-src data:',
		'font-src data:',
		`frame-src ${frames ? "'self' file:" : "'none'"}`,
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
	].join('; ');
}

/** The editor's page (src/pages/admin/index.astro), from the site's folder. */
export const EDITOR_PAGE = 'admin/index.html';

/** The editor's page names the forge origins it talks to in this meta element (src/cms/origins.ts). */
export const EDITOR_ORIGINS_META = 'commun-editor-origins';

/**
 * The editor's policy: the site's own scripts (the editor is bundled with the site), and the forge
 * whose API it reads and writes once a contributor signs in (GitHub's API and avatars…), as named by
 * the page; blob: and data: for the images and files it previews before saving. No 'unsafe-eval',
 * no inline script other than the generator's, no other origin.
 */
export function editorPolicy(inlineScripts: readonly string[], origins: readonly string[]): string {
	const hashes = [...new Set(inlineScripts.map(scriptHash))];
	const forge = origins.map((origin) => ` ${origin}`).join('');
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval'${hashes.map((hash) => ` ${hash}`).join('')}`,
		"style-src 'self' 'unsafe-inline'",
		`img-src 'self' data: blob:${forge}`,
		"font-src 'self' data:",
		`connect-src 'self' blob: data:${forge}`,
		"media-src 'self' blob:",
		"worker-src 'self' blob:",
		"frame-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
	].join('; ');
}

/** Only https origins, as written by the editor's page: anything else is left out of the policy. */
function editorOrigins(elements: readonly HtmlElement[]): string[] {
	const meta = elements.find((element) => element.name === 'meta' && element.attributes.name === EDITOR_ORIGINS_META);
	return (meta?.attributes.content ?? '').split(/\s+/).filter((origin) => /^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin));
}

const META_MARK = 'data-commun-csp';

/** Script types a browser does not run: data blocks. Any other inline script must be the generator's. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/** A deck page (`<html data-deck="…">`) opens reveal.js's speaker view. */
function opensSpeakerView(elements: readonly HtmlElement[]): boolean {
	return elements.some((element) => element.name === 'html' && element.attributes['data-deck'] !== undefined);
}

function shorten(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

export type SecuredPage = { html: string; problems: [] } | { html?: undefined; problems: string[] };

/**
 * Puts the page's policy in a <meta http-equiv> at the top of its <head> (a policy only governs
 * what comes after it), replacing the one a previous run wrote; or says, in French, why the page
 * cannot have one. Pages without <head> are left as they are. A deck page also allows the inline
 * script of the speaker view it writes into a window it opens: that window inherits its policy.
 */
export function securePage(html: string, trustedScripts: ReadonlySet<string>, { editor = false }: { editor?: boolean } = {}): SecuredPage {
	const elements = htmlElements(html);
	// A previous run's policy sits exactly where it is written: right after the charset, or <head>.
	const insertAt = (list: readonly HtmlElement[]) => {
		const head = list.find((element) => element.name === 'head');
		if (!head) return undefined;
		const charset = list.find((element) => element.name === 'meta' && element.attributes.charset !== undefined && element.start > head.start);
		return charset ? charset.openEnd : head.openEnd;
	};
	const firstAt = insertAt(elements);
	const previous = elements.find((element) => element.name === 'meta' && META_MARK in element.attributes && element.start === firstAt);
	const source = previous ? html.slice(0, previous.start) + html.slice(previous.openEnd) : html;
	const current = previous ? htmlElements(source) : elements;
	const at = insertAt(current);
	if (at === undefined) return { html, problems: [] };
	const problems: string[] = [];
	const scripts: string[] = [];
	for (const element of current) {
		if (element.name === 'script' && element.attributes.src === undefined) {
			const type = (element.attributes.type ?? '').trim().toLowerCase();
			if (DATA_SCRIPT_TYPES.has(type)) continue;
			const body = element.rawText ?? '';
			if (trustedScripts.has(body)) scripts.push(body);
			else problems.push(`script en ligne que le générateur n’écrit pas : « ${shorten(body)} »`);
		} else if (element.name === 'meta' && element.attributes['http-equiv'] !== undefined) {
			problems.push(`balise <meta http-equiv="${element.attributes['http-equiv']}"> : elle changerait le comportement de la page`);
		} else if (element.name === 'base') {
			problems.push(`balise <base${element.attributes.href === undefined ? '' : ` href="${element.attributes.href}"`}> : elle changerait où mènent les liens`);
		}
	}
	if (problems.length > 0) return { problems };
	const openedWindowScripts = opensSpeakerView(current) ? speakerViewScripts() : [];
	const forms = current.some((element) => element.name === 'form');
	const policy = editor ? editorPolicy(scripts, editorOrigins(current)) : pagePolicy([...scripts, ...openedWindowScripts], { forms });
	const meta = `<meta http-equiv="Content-Security-Policy" ${META_MARK} content="${policy}">`;
	return { html: source.slice(0, at) + meta + source.slice(at), problems: [] };
}
