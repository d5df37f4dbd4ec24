// The sites built once by the global set-up (tests/setup/sites.ts), as a test file gets them: their
// folders once their build is over, their content model, and a local server with a headless browser.
import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ContentGraph } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/project.ts';
import { serveDirectory, type StaticServer } from '../../src/server/static-server.ts';
import { readBuildRecord } from '../../src/build/record.ts';
import type { BuildReport, ProvidedSite, SiteName } from '../setup/sites.ts';
import { BUILD_TIME_LIMIT, PROJECT_ROOT } from './build-site.ts';
import { connectBrowser } from './browser.ts';

/** How long a test file waits for its site: two builds one after the other, each within its limit. */
const WAIT_LIMIT = 2 * BUILD_TIME_LIMIT + 60_000;

function provided(name: SiteName): ProvidedSite {
	const site = inject('sites')?.[name];
	if (!site) throw new Error(`le site « ${name} » n’est pas construit pour ce test : ses tests doivent être dans le dossier que lui donne tests/setup/sites.ts`);
	return site;
}

/** The content model of the site `name`, read from its content folder: the source of expectations. */
export function siteGraph(name: SiteName): ContentGraph {
	return loadProject({ root: PROJECT_ROOT, contentDir: provided(name).contentDir }).graph;
}

/** Resolves once the site's build is over; rejects with the build's output if it failed. */
async function siteReady(name: SiteName): Promise<ProvidedSite> {
	const site = provided(name);
	while (!existsSync(site.report)) await new Promise((resolve) => setTimeout(resolve, 200));
	const report = JSON.parse(readFileSync(site.report, 'utf8')) as BuildReport;
	if (report.status !== 0) throw new Error(`la construction du site « ${name} » a échoué :\n${report.output}`);
	return site;
}

/**
 * Resolves once every build of the run is over, failed or not: for a test that starts Astro itself
 * (a dev server writes the project's .astro/ as a build does, and the two would overwrite each other).
 */
export async function buildsOver(): Promise<void> {
	const sites = Object.values(inject('sites') ?? {});
	while (!sites.every((site) => existsSync(site.report))) await new Promise((resolve) => setTimeout(resolve, 500));
}

export interface BuiltSiteFolders {
	contentDir: string;
	/** The built site: shared by every test file of the run, to read and never to write into. */
	outDir: string;
}

/** For a test file that reads the built site `name`: waits for its build before the file's tests. */
export function useBuiltSite(name: SiteName): () => BuiltSiteFolders {
	let site: ProvidedSite | undefined;
	beforeAll(async () => {
		site = await siteReady(name);
	}, WAIT_LIMIT);
	return () => {
		if (!site) throw new Error(`le site « ${name} » n’est pas encore construit`);
		return site;
	};
}

export interface ServedSite extends BuiltSiteFolders {
	server: StaticServer;
	browser: Browser;
}

/**
 * For a test file that looks at the site `name` in a browser: waits for its build, serves it and
 * connects to the run's browser before the file's tests, closes both after them.
 */
export function useServedSite(name: SiteName): () => ServedSite {
	let served: ServedSite | undefined;
	beforeAll(async () => {
		const site = await siteReady(name);
		// Under the base path it was built for, as its host serves it.
		const record = readBuildRecord(site.outDir);
		const server = await serveDirectory(site.outDir, { base: 'error' in record ? '/' : record.base });
		const browser = await connectBrowser().catch(async (error: unknown) => {
			await server.close();
			throw error;
		});
		served = { contentDir: site.contentDir, outDir: site.outDir, server, browser };
	}, WAIT_LIMIT);
	afterAll(async () => {
		await served?.browser.close();
		await served?.server.close();
	});
	return () => {
		if (!served) throw new Error(`le site « ${name} » n’est pas encore servi`);
		return served;
	};
}
