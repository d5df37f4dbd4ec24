// Running our npm scripts as processes in a temporary project, as a trainer or a CI job would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, userEnvironment } from './build-site.ts';

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs scripts/<script>.ts with `args` in `cwd`, whose content/ is the default content. */
export function runScript(script: string, cwd: string, ...args: string[]): CliResult {
	const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', `${script}.ts`), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...userEnvironment(), COMMUN_CONTENT_DIR: '' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary project root holding a copy of a fixture corpus as content/. */
export function copyFixture(fixture = 'tests/fixtures/check/valid'): string {
	const root = mkdtempSync(join(tmpdir(), 'commun-cli-'));
	cpSync(join(PROJECT_ROOT, fixture, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

/** What Node prints under an uncaught error: a contributor must never see one. */
export const STACK_TRACE = /\n\s+at .*:\d+:\d+/;
