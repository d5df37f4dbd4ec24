// The commons' own content built once for a test file, served locally, with a headless browser.
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/browser/launch.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

export interface ServedSite {
	site: BuiltSite;
	server: StaticServer;
	browser: Browser;
	close(): Promise<void>;
}

/** Builds `contentDir` (the commons' content by default), serves it and starts a browser. */
export async function serveBuiltSite(contentDir = 'content'): Promise<ServedSite> {
	const site = buildSite(contentDir);
	if (site.status !== 0) throw new Error(`la construction du site a échoué :\n${site.output}`);
	const server = await serveDirectory(site.outDir);
	const browser = await launchBrowser();
	return {
		site,
		server,
		browser,
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}
