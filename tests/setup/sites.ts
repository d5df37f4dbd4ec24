// vitest's global set-up for the e2e project: builds each site the selected test files look at, once
// per run, and hands their folders to the tests (provide/inject). It does not wait for the builds: the
// tests that need no site (the commands) run meanwhile, and a test file of a site waits for its build
// in a hook (tests/helpers/sites.ts). The tests share each site read-only: a test that writes (prints
// PDFs again…) works on its own copy.
import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFolder, buildPages, PROJECT_ROOT, printPdfs, type BuiltSite } from '../helpers/build-site.ts';
import { poisonContent } from '../helpers/hostile-content.ts';
import { publishUnderPath } from '../helpers/based-content.ts';

function poisonAndPublishUnderPath(contentRoot: string): void {
	poisonContent(contentRoot);
	publishUnderPath(contentRoot);
}

export interface SiteDefinition {
	/** The content folder, relative to the project root. */
	contentDir: string;
	/** The folder of the test files that look at this site: the site is built only when one of them runs. */
	tests: string;
	/** Print the PDFs too. */
	pdf: boolean;
	/** Builds a copy of contentDir changed by this function instead of contentDir itself. */
	prepare?: (contentRoot: string) => void;
}

/**
 * The sites the e2e tests look at, built in this order. The commons' PDFs are not printed: the
 * fixture site's are, and the commons' links to its PDFs are checked against the print job list.
 * The hostile site is the fixture site as a hostile fork would publish it: markup in every text field
 * (its organisation.yaml too), published in a sub-folder (`site: https://exemple.org/catalogue/`,
 * built with no variable, as a fork on a project page of GitHub Pages), PDFs printed. One build
 * serves both the escaping tests and the sub-folder tests: each site costs a build to every run.
 * The minimal site is a fork that kept one section and one module, with an organisation.yaml giving
 * only its required fields: it shows what the site makes of every part a fork leaves empty.
 */
export const SITES: Record<'commons' | 'fixture' | 'hostile' | 'minimal', SiteDefinition> = {
	commons: { contentDir: 'content', tests: 'tests/e2e/commons', pdf: false },
	fixture: { contentDir: 'tests/fixtures/site', tests: 'tests/e2e/site', pdf: true },
	hostile: { contentDir: 'tests/fixtures/site', tests: 'tests/e2e/hostile', pdf: true, prepare: poisonAndPublishUnderPath },
	minimal: { contentDir: 'tests/fixtures/minimal-fork', tests: 'tests/e2e/minimal', pdf: true },
};

export type SiteName = keyof typeof SITES;

export interface ProvidedSite {
	contentDir: string;
	outDir: string;
	/** Written when the build is over: { status, output } (see BuildReport). */
	report: string;
}

export interface BuildReport {
	status: number | null;
	output: string;
	seconds: number;
}

declare module 'vitest' {
	export interface ProvidedContext {
		sites: Partial<Record<SiteName, ProvidedSite>>;
	}
}

/**
 * Builds the sites one after another: two Astro builds in one project at once would overwrite each
 * other's generated modules in .astro/. A site's PDFs are printed while the next site's pages build.
 */
function buildAll(sites: { name: SiteName; work: string; contentDir: string; report: string }[], signal: AbortSignal): Promise<unknown> {
	let pages: Promise<unknown> = Promise.resolve();
	const done: Promise<void>[] = [];
	for (const site of sites) {
		const { contentDir } = site;
		const { pdf } = SITES[site.name];
		const started = performance.now();
		const built: Promise<BuiltSite> = pages.then(() => buildPages(site.work, contentDir, { signal }));
		pages = built;
		const finished = built.then(async (result): Promise<BuildReport> => {
			if (result.status !== 0 || !pdf) return { status: result.status, output: result.output, seconds: 0 };
			const printed = await printPdfs(result.outDir, contentDir, [], { signal });
			return { status: printed.status, output: `${result.output}\n${printed.output}`, seconds: 0 };
		});
		done.push(
			finished
				.catch((error: unknown): BuildReport => ({ status: null, output: String(error), seconds: 0 }))
				.then((report) => {
					// Written aside then renamed: a test file polls for the report and would otherwise read it half-written.
					writeFileSync(`${site.report}.part`, JSON.stringify({ ...report, seconds: (performance.now() - started) / 1000 }));
					renameSync(`${site.report}.part`, site.report);
				}),
		);
	}
	return Promise.all(done);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	// The test files of this run, its filters applied: `vitest run tests/e2e/site/kit.test.ts` builds
	// one site. Vitest keeps the filters in a field its types leave out; without it, every site is built.
	const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
	const { testFiles } = await project.globTestFiles(filters);
	const wanted = (Object.keys(SITES) as SiteName[]).filter((name) =>
		testFiles.some((file) => file.startsWith(join(PROJECT_ROOT, SITES[name].tests) + sep)),
	);
	const sites = wanted.map((name) => {
		const work = buildFolder();
		const { contentDir, prepare } = SITES[name];
		if (!prepare) return { name, work, contentDir, report: join(work, 'build.json') };
		const copy = join(work, 'content');
		cpSync(join(PROJECT_ROOT, contentDir), copy, { recursive: true });
		prepare(copy);
		return { name, work, contentDir: relative(PROJECT_ROOT, copy).split(sep).join('/'), report: join(work, 'build.json') };
	});
	project.provide('sites', Object.fromEntries(sites.map((site) => [site.name, { contentDir: site.contentDir, outDir: join(site.work, 'dist'), report: site.report }])));
	const stop = new AbortController();
	const building = buildAll(sites, stop.signal);
	return async () => {
		// Tests filtered out of a site may end the run before its build: it is stopped, not awaited.
		stop.abort();
		await building;
		for (const site of sites) rmSync(site.work, { recursive: true, force: true });
	};
}
