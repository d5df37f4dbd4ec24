// Building a site from a content folder, as `npm run build` does: the pages (scripts/build.ts), then
// the PDFs (scripts/pdf.ts), each a process the test runner does not wait on and a time limit ends.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runProcess, type ProcessResult } from './process.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Long enough for the commons on a busy two-core machine, short enough to end a hang. */
export const BUILD_TIME_LIMIT = 5 * 60_000;

export interface BuiltSite {
	/** The folder holding the site (dist/) and its Astro cache. */
	work: string;
	outDir: string;
	/** Null when the build was ended by its time limit. */
	status: number | null;
	output: string;
}

export interface StepOptions {
	env?: NodeJS.ProcessEnv;
	/** Milliseconds before the step and everything it started are ended. */
	timeLimit?: number;
	/** Ends the step early (the test run is over). */
	signal?: AbortSignal;
}

/**
 * The environment of a command run from a test as a user runs it: without the variables vitest
 * sets for its own use (DEV=1, MODE=test, NODE_ENV=test…), which Astro would read as a request
 * for a development build (Starlight's search dialog then only says it works in production).
 */
export function userEnvironment(): NodeJS.ProcessEnv {
	const VITEST_VARIABLES = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'NODE_ENV']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.has(key) && !key.startsWith('VITEST')));
}

/**
 * A new folder for a build, inside the project (tmp/ is ignored by git): Astro puts the server side
 * of a build whose output folder lies outside the working directory in the project's .astro/.
 */
export function buildFolder(): string {
	mkdirSync(join(PROJECT_ROOT, 'tmp'), { recursive: true });
	return mkdtempSync(join(PROJECT_ROOT, 'tmp', 'site-'));
}

function outcome(work: string, result: ProcessResult): BuiltSite {
	return { work, outDir: join(work, 'dist'), status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `npm run build` without its PDF step, from `contentDir` (relative to the project root) into work/dist/. */
export async function buildPages(work: string, contentDir: string, { env = {}, timeLimit = BUILD_TIME_LIMIT, signal }: StepOptions = {}): Promise<BuiltSite> {
	const result = await runProcess(process.execPath, ['scripts/build.ts', '--outDir', join(work, 'dist')], {
		cwd: PROJECT_ROOT,
		env: { ...userEnvironment(), COMMUN_SKIP_PDF: '1', COMMUN_CONTENT_DIR: contentDir, COMMUN_CACHE_DIR: join(work, 'cache'), ...env },
		timeLimit,
		signal,
	});
	return outcome(work, result);
}

/** `npm run pdf <args>` over the site built in `outDir` from `contentDir`: it prints into outDir/pdf/. */
export async function printPdfs(outDir: string, contentDir: string, args: string[] = [], { env = {}, timeLimit = BUILD_TIME_LIMIT, signal }: StepOptions = {}) {
	const result = await runProcess(process.execPath, ['scripts/pdf.ts', '--outDir', outDir, ...args], {
		cwd: PROJECT_ROOT,
		env: { ...userEnvironment(), COMMUN_CONTENT_DIR: contentDir, ...env },
		timeLimit,
		signal,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the pages of `contentDir` in a new folder (without PDFs): for a test that needs a build of its own. */
export function buildSite(contentDir: string, options: StepOptions = {}): Promise<BuiltSite> {
	return buildPages(buildFolder(), contentDir, options);
}
