// The files of a built site that a page names (its style sheets, fonts, images), found on disk and
// written as data: addresses, so that a page carries them inside itself.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';

/** The origin addresses are resolved against: any other origin is not the site's. */
const SITE_ORIGIN = 'https://site.invalid';

/** Media types of the files a page may carry inside itself, by extension. */
export const DATA_TYPES: Readonly<Record<string, string>> = {
	'.css': 'text/css',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
};

export interface SiteAddress {
	/** The site's folder (dist/). */
	siteDir: string;
	/** The base path the site was built for: "/" or "/catalogue/". */
	base: string;
}

/** Whether an address leaves the page: data: and fragment addresses do not. */
export function isEmbedded(url: string): boolean {
	return /^\s*data:/i.test(url) || url.trim().startsWith('#');
}

/**
 * The site path (with base) an address of the page `from` leads to, or undefined when it leads
 * to another origin or another scheme: "../x.png" seen from "/decks/a/" → "/decks/x.png".
 */
export function sitePath(url: string, from: string): { pathname: string; search: string; hash: string } | undefined {
	let resolved: URL;
	try {
		resolved = new URL(url.trim(), `${SITE_ORIGIN}${from}`);
	} catch {
		return undefined;
	}
	if (resolved.origin !== SITE_ORIGIN) return undefined;
	return { pathname: decodeURIComponent(resolved.pathname), search: resolved.search, hash: resolved.hash };
}

/** The file of the site a site path names, if it is one: never outside the site's folder. */
export function siteFile(site: SiteAddress, pathname: string): string | undefined {
	const prefix = site.base.endsWith('/') ? site.base : `${site.base}/`;
	if (!pathname.startsWith(prefix)) return undefined;
	let file = join(site.siteDir, pathname.slice(prefix.length));
	const inside = relative(site.siteDir, file);
	if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A file as a data: address, or undefined when its type is not one a page may carry. */
export function dataUrl(file: string): string | undefined {
	const type = DATA_TYPES[extname(file).toLowerCase()];
	if (!type) return undefined;
	return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** The data: address of what `url`, written in the page or style sheet at `from`, names in the site. */
export function embeddedUrl(site: SiteAddress, url: string, from: string): string | undefined {
	if (isEmbedded(url)) return url.trim();
	const path = sitePath(url, from);
	const file = path && siteFile(site, path.pathname);
	return file ? dataUrl(file) : undefined;
}
