// Every npm command of the project, given an option it does not know, says so in French with its
// usage and exit code 2: never node's English message or a stack trace.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { copyFixture, runScript, STACK_TRACE } from '../../helpers/cli.ts';

const { scripts } = JSON.parse(readFileSync(`${PROJECT_ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> };

/** The npm commands that run one of our scripts: `astro.ts` hands its arguments to Astro itself. */
const COMMANDS = Object.entries(scripts).flatMap(([name, command]) => {
	const script = /node scripts\/([\w-]+)\.ts/.exec(command)?.[1];
	return script && script !== 'astro' ? [[name, script] as const] : [];
});

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('a mistyped command', () => {
	it('covers every npm command that runs one of our scripts', () => {
		expect(COMMANDS.map(([name]) => name)).toEqual(expect.arrayContaining(['build', 'check', 'bench', 'bench:pdf', 'bench:search', 'check:links', 'lockfile:complete']));
	});

	it.each(COMMANDS)('npm run %s -- --nimportequoi says what is wrong in French, with exit code 2', (_name, script) => {
		const root = copyFixture();
		roots.push(root);
		const result = runScript(script, root, '--nimportequoi');
		expect(result.stderr).not.toMatch(STACK_TRACE);
		expect(result.stderr).toMatch(/^Erreur : /);
		expect(result.stderr).not.toMatch(/Unknown option|TypeError|ERR_/);
		expect(result.status).toBe(2);
	});
});
