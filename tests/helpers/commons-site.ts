// A content folder built once for a test file, served locally, with a headless browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

export interface ServedSite {
	site: BuiltSite;
	server: StaticServer;
	browser: Browser;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Print the PDFs too: pages link to them, so the link check needs them. */
	pdf?: boolean;
}

/** Builds `contentDir` (the commons' content by default), serves it and starts a browser. */
export async function serveBuiltSite(contentDir = 'content', { pdf = true }: ServeOptions = {}): Promise<ServedSite> {
	const site = buildSite(contentDir, { COMMUN_SKIP_PDF: pdf ? '0' : '1' });
	if (site.status !== 0) throw new Error(`la construction du site ${contentDir} a échoué :\n${site.output}`);
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

/**
 * For a test file: builds and serves `contentDir` before its tests, closes everything after them.
 * The returned function gives the served site inside a test or hook.
 */
export function useServedSite(contentDir: string, options: ServeOptions = { pdf: false }): () => ServedSite {
	let served: ServedSite | undefined;
	beforeAll(async () => {
		served = await serveBuiltSite(contentDir, options);
	});
	afterAll(async () => {
		await served?.close();
	});
	return () => {
		if (!served) throw new Error(`le site ${contentDir} n’est pas encore construit`);
		return served;
	};
}
