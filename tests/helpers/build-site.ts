// Building a site from a content folder into a temporary directory, as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
	outDir: string;
	status: number;
	output: string;
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
 * Builds the site from `contentDir` (relative to the project root or absolute). The PDF step is
 * left out unless asked for (`{ COMMUN_SKIP_PDF: '0' }`): only the PDF tests look at PDFs, and
 * printing would double the time of every other build on a shared machine.
 */
export function buildSite(contentDir: string, env: NodeJS.ProcessEnv = {}): BuiltSite {
	const work = mkdtempSync(join(tmpdir(), 'commun-site-'));
	const outDir = join(work, 'dist');
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
		cwd: PROJECT_ROOT,
		encoding: 'utf8',
		env: { ...userEnvironment(), COMMUN_SKIP_PDF: '1', COMMUN_CONTENT_DIR: contentDir, COMMUN_CACHE_DIR: join(work, 'cache'), ...env },
	});
	return { outDir, status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
