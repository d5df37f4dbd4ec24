// Checking the links of a built site with linkinator: every page, its anchors, and on demand the outside world.
import { relative, sep } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { filesUnder } from '../files/walk.ts';
import { serveDirectory } from '../server/static-server.ts';

export interface BrokenLink {
	/** The address as the page writes it, resolved. */
	url: string;
	/** Site path of the page holding the link. */
	page?: string;
	status?: number;
}

export interface LinkReport {
	checked: number;
	skipped: number;
	broken: BrokenLink[];
}

export interface CheckLinksOptions {
	/** The built site folder (dist/). */
	root: string;
	/** Also request links to other sites (slow, needs the network). */
	external?: boolean;
	onLink?: (result: LinkResult) => void;
}

/**
 * Serves the folder locally and lets linkinator follow every link of every page (not only the
 * ones reachable from the home page), anchors included. Without `external`, links to other
 * sites are skipped, so the check runs offline.
 */
export async function checkLinks({ root, external = false, onLink }: CheckLinksOptions): Promise<LinkReport> {
	const server = await serveDirectory(root);
	try {
		const pages = filesUnder(root, ['.html'])
			.map((file) => `/${relative(root, file).split(sep).join('/')}`)
			.filter((path) => path !== '/404.html')
			.map((path) => `${server.url}${path.replace(/index\.html$/, '')}`);
		const checker = new LinkChecker();
		if (onLink) checker.on('link', onLink);
		const result = await checker.check({
			path: pages,
			recurse: true,
			checkFragments: true,
			concurrency: 8,
			timeout: external ? 20_000 : 5_000,
			retryErrors: external,
			linksToSkip: async (link) => !external && !link.startsWith(server.url),
		});
		const strip = (url: string | undefined) => (url?.startsWith(server.url) ? url.slice(server.url.length) || '/' : url);
		const broken = result.links
			.filter((link) => link.state === LinkState.BROKEN && link.parent !== undefined && link.parent !== link.url)
			.map((link) => ({ url: strip(link.url)!, page: strip(link.parent), status: link.status }));
		return {
			checked: result.links.filter((link) => link.state === LinkState.OK).length,
			skipped: result.links.filter((link) => link.state === LinkState.SKIPPED).length,
			broken,
		};
	} finally {
		await server.close();
	}
}
