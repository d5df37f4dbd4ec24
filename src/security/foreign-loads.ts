// Finding, in built files, everything a browser would fetch from another origin than the site's.
import { htmlElements } from './html-elements.ts';

export interface ForeignLoad {
	/** What asks for it: "img[src]", "css url()", "fetch()". */
	via: string;
	url: string;
}

/** The origin pages are resolved against; any other origin is foreign. */
const SITE = 'https://site.invalid';

/** <link rel> values that make the browser fetch or contact the address. */
const LOADING_RELS = new Set([
	'stylesheet',
	'icon',
	'shortcut',
	'apple-touch-icon',
	'mask-icon',
	'manifest',
	'preload',
	'modulepreload',
	'prefetch',
	'prerender',
	'preconnect',
	'dns-prefetch',
]);

/** Attributes whose value is fetched, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	frame: ['src'],
	embed: ['src'],
	object: ['data'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	input: ['src'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
	feimage: ['href', 'xlink:href'],
};

function isForeign(url: string, base: string): boolean {
	const trimmed = url.trim();
	if (trimmed === '' || /^(data|blob|about|javascript|mailto|tel):/i.test(trimmed) || trimmed.startsWith('#')) return false;
	try {
		return new URL(trimmed, base).origin !== SITE;
	} catch {
		return false;
	}
}

function srcsetUrls(value: string): string[] {
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/** url(…) and @import in a style sheet or a style attribute. */
export function foreignLoadsInCss(css: string, base = `${SITE}/`): ForeignLoad[] {
	const loads: ForeignLoad[] = [];
	for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi)) {
		const url = match[1] ?? match[2] ?? match[3] ?? '';
		if (isForeign(url, base)) loads.push({ via: 'css url()', url: url.trim() });
	}
	for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
		const url = match[1] ?? match[2] ?? '';
		if (isForeign(url, base)) loads.push({ via: 'css @import', url });
	}
	return loads;
}

/**
 * Network calls written in a script with a literal address: fetch, dynamic and static import,
 * XMLHttpRequest, WebSocket, EventSource, sendBeacon. Bare strings are not calls (an SVG
 * namespace "http://www.w3.org/2000/svg" fetches nothing).
 */
export function foreignLoadsInScript(script: string, base = `${SITE}/`): ForeignLoad[] {
	const loads: ForeignLoad[] = [];
	const literal = String.raw`\s*(?:"([^"]+)"|'([^']+)'|\x60([^\x60$]+)\x60)`;
	const patterns: [string, RegExp][] = [
		['fetch()', new RegExp(String.raw`\bfetch\(${literal}`, 'g')],
		['import()', new RegExp(String.raw`\bimport\(${literal}`, 'g')],
		['import', new RegExp(String.raw`\b(?:import|export)\b[^;()"'\x60]*?\bfrom${literal}`, 'g')],
		['XMLHttpRequest', new RegExp(String.raw`\.open\(\s*["'][A-Za-z]+["']\s*,${literal}`, 'g')],
		['WebSocket', new RegExp(String.raw`\bnew\s+(?:WebSocket|EventSource|Worker|SharedWorker)\(${literal}`, 'g')],
		['sendBeacon()', new RegExp(String.raw`\bsendBeacon\(${literal}`, 'g')],
	];
	for (const [via, pattern] of patterns) {
		for (const match of script.matchAll(pattern)) {
			const url = match[1] ?? match[2] ?? match[3] ?? '';
			if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url) && isForeign(url, base)) loads.push({ via, url });
		}
	}
	return loads;
}

/** Everything a page would load from elsewhere; `path` is the page's path on the site ("/modules/x/"). */
export function foreignLoadsInHtml(html: string, path = '/'): ForeignLoad[] {
	const page = new URL(path, SITE).href;
	const elements = htmlElements(html);
	const baseElement = elements.find((element) => element.name === 'base' && element.attributes.href);
	const base = baseElement ? new URL(baseElement.attributes.href!, page).href : page;
	const loads: ForeignLoad[] = [];
	if (baseElement && isForeign(baseElement.attributes.href!, page)) loads.push({ via: 'base[href]', url: baseElement.attributes.href! });
	for (const element of elements) {
		const { name, attributes } = element;
		if (name === 'link') {
			const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
			if (rels.some((rel) => LOADING_RELS.has(rel)) && attributes.href && isForeign(attributes.href, base)) {
				loads.push({ via: `link[rel=${attributes.rel}]`, url: attributes.href });
			}
		}
		if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
			const target = /url\s*=\s*(.+)$/i.exec(attributes.content ?? '')?.[1];
			if (target && isForeign(target.replace(/^['"]|['"]$/g, ''), base)) loads.push({ via: 'meta[refresh]', url: target });
		}
		for (const attribute of URL_ATTRIBUTES[name] ?? []) {
			const value = attributes[attribute];
			if (value === undefined) continue;
			const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
			for (const url of urls) if (isForeign(url, base)) loads.push({ via: `${name}[${attribute}]`, url });
		}
		if (attributes.style) loads.push(...foreignLoadsInCss(attributes.style, base));
		if (name === 'style' && element.rawText) loads.push(...foreignLoadsInCss(element.rawText, base));
		if (name === 'script' && attributes.src === undefined && element.rawText) {
			loads.push(...foreignLoadsInScript(element.rawText, base));
		}
	}
	return loads;
}
