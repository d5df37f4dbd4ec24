// The links of content files that lead to a page of the site itself (`/modules/x/`, `../x/`,
// `#titre`), resolved the way a browser resolves them from the page that shows the file.
import type { Nodes } from 'mdast';
import type { LoadedContent, LoadedEntry } from '../../model/load.ts';
import type { Point } from '../../model/source.ts';
import { pageOf } from '../../site/page-index.ts';
import { nodesOf } from './markdown-files.ts';
import { nodeStart, offsetOf, pointAtOffset } from './places.ts';

export interface SiteLink {
	entry: LoadedEntry;
	/** The address as written. */
	url: string;
	/** The page it leads to, without base, with a trailing slash: "/modules/caf/". */
	path: string;
	/** The anchor, without "#", when there is one. */
	anchor?: string;
	point: Point;
}

const ORIGIN = 'https://site.invalid';
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Where the address of a link or definition is written, so that the message points at it. */
function urlPoint(entry: LoadedEntry, node: Nodes & { url: string }): Point {
	const start = nodeStart(entry.source, node);
	if (!node.position) return pointAtOffset(entry.source, start);
	const text = entry.source.text.slice(start, offsetOf(entry.source, node.position.end));
	const at = text.lastIndexOf(node.url);
	return pointAtOffset(entry.source, start + (at === -1 ? 0 : at));
}

/** Every link of a loaded Markdown entry that stays on the site and names a page rather than a file. */
export function siteLinks(content: LoadedContent): SiteLink[] {
	const links: SiteLink[] = [];
	for (const entry of content.entries) {
		if (!entry.tree) continue;
		const page = pageOf(entry);
		for (const node of nodesOf(entry.tree, 'link', 'definition')) {
			const url = node.url.trim();
			if (url === '' || SCHEME.test(url) || url.startsWith('//')) continue;
			let resolved: URL;
			try {
				resolved = new URL(url, `${ORIGIN}${page}`);
			} catch {
				continue;
			}
			let path = decodeURIComponent(resolved.pathname);
			// A file (a PDF, an image) is not a page; the build reports a missing one.
			if (/\.[a-z0-9]+$/i.test(path.split('/').at(-1) ?? '')) continue;
			if (!path.endsWith('/')) path = `${path}/`;
			const anchor = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
			links.push({ entry, url, path, anchor, point: urlPoint(entry, node) });
		}
	}
	return links;
}
