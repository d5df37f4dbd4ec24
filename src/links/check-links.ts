// Checking the links of a built site with linkinator: every page, its anchors, and on demand the outside world.
import { relative, sep } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { filesUnder } from '../files/walk.ts';
import { serveDirectory } from '../server/static-server.ts';

/** Where the PDFs live under the site: "/pdf/". */
const PDF_FOLDER = '/pdf/';

export interface BrokenLink {
	/** The address as the page writes it, resolved. */
	url: string;
	/** Site path of the page holding the link. */
	page?: string;
	status?: number;
}

export interface LinkReport {
	checked: number;
	/** Links to other sites, not requested. */
	skipped: number;
	/** Links to PDFs that this build did not print (COMMUN_SKIP_PDF=1): not checked. */
	unprintedPdfs: number;
	broken: BrokenLink[];
	/** Site paths linked to that were taken from `writtenLater` instead of being requested. */
	writtenLater: string[];
}

export interface CheckLinksOptions {
	/** The built site folder (dist/). */
	root: string;
	/** The path the site was built under ("/catalogue/"), from its build record. */
	base?: string;
	/** Whether the build printed its PDFs: links to them are checked only then. */
	pdf?: boolean;
	/** Also request links to other sites (slow, needs the network). */
	external?: boolean;
	/**
	 * Site paths ("/pdf/catalogue.pdf") the build writes after the pages and that this folder may
	 * lack (a site built without its PDFs): a link to one of them is right without being requested.
	 */
	writtenLater?: readonly string[];
	onLink?: (result: LinkResult) => void;
}

/**
 * Serves the folder locally and lets linkinator follow every link of every page (not only the
 * ones reachable from the home page), anchors included. Without `external`, links to other
 * sites are skipped, so the check runs offline.
 */
export async function checkLinks({ root, base = '/', pdf = true, external = false, writtenLater = [], onLink }: CheckLinksOptions): Promise<LinkReport> {
	// Served under its base as it will be published: a link that escapes the base is broken.
	const server = await serveDirectory(root, { base });
	const site = `${server.url}${base.replace(/\/$/, '')}`;
	const pdfFolder = `${site}${PDF_FOLDER}`;
	const unprinted = new Set<string>();
	const later = new Set(writtenLater);
	const linkedLater = new Set<string>();
	try {
		const pages = filesUnder(root, ['.html'])
			.map((file) => `/${relative(root, file).split(sep).join('/')}`)
			.filter((path) => path !== '/404.html')
			.map((path) => `${site}${path.replace(/index\.html$/, '')}`);
		const checker = new LinkChecker();
		if (onLink) checker.on('link', onLink);
		const result = await checker.check({
			path: pages,
			recurse: true,
			checkFragments: true,
			concurrency: 8,
			timeout: external ? 20_000 : 5_000,
			retryErrors: external,
			linksToSkip: async (link) => {
				if (link.startsWith(`${site}/`)) {
					const path = new URL(link).pathname.slice(site.length - server.url.length);
					if (later.has(path)) {
						linkedLater.add(path);
						return true;
					}
				}
				if (!pdf && link.startsWith(pdfFolder)) {
					unprinted.add(link);
					return true;
				}
				return !external && !link.startsWith(server.url);
			},
		});
		const strip = (url: string | undefined) => (url?.startsWith(server.url) ? url.slice(server.url.length) || '/' : url);
		const broken = result.links
			.filter((link) => link.state === LinkState.BROKEN && link.parent !== undefined && link.parent !== link.url)
			.map((link) => ({ url: strip(link.url)!, page: strip(link.parent), status: link.status }));
		return {
			checked: result.links.filter((link) => link.state === LinkState.OK).length,
			skipped: result.links.filter((link) => link.state === LinkState.SKIPPED && !unprinted.has(link.url)).length,
			unprintedPdfs: unprinted.size,
			broken,
			writtenLater: [...linkedLater].sort(),
		};
	} finally {
		await server.close();
	}
}
