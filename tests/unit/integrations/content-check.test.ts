// The check step inside `astro build` and `astro dev`: what a contributor reads when the content is
// broken, and whether the build stops. One real failing build is in tests/e2e/cli/check-build.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentCheck } from '../../../src/integrations/content-check.ts';
import { openProject } from '../../../src/site/project.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { STACK_TRACE } from '../../helpers/cli.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/check');

class Exit extends Error {
	readonly code: number | string | null | undefined;
	constructor(code: number | string | null | undefined) {
		super(`process.exit(${code})`);
		this.code = code;
	}
}

type ConfigSetup = (options: { command: 'build' | 'dev'; logger: Pick<AstroIntegrationLogger, 'error' | 'warn' | 'info' | 'debug'> }) => void;

/** Runs the integration's config hook on a fixture corpus as Astro would, with `command`. */
function startAstro(fixture: string, command: 'build' | 'dev') {
	const logged = { error: [] as string[], warn: [] as string[] };
	const logger = {
		error: (text: string) => void logged.error.push(text),
		warn: (text: string) => void logged.warn.push(text),
		info: () => {},
		debug: () => {},
	};
	const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
		throw new Exit(code);
	});
	openProject(join(FIXTURES, fixture), 'content');
	const hook = contentCheck().hooks['astro:config:setup'] as unknown as ConfigSetup;
	let exitCode: number | string | null | undefined;
	try {
		hook({ command, logger });
	} catch (error) {
		if (!(error instanceof Exit)) throw error;
		exitCode = error.code;
	}
	expect(exit.mock.calls.length).toBe(exitCode === undefined ? 0 : 1);
	return { exitCode, errors: logged.error.join('\n'), warnings: logged.warn.join('\n') };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the check inside astro build', () => {
	it('stops the build on a content error, naming file, line, column and code, without a stack trace', () => {
		const { exitCode, errors } = startAstro('schema', 'build');
		expect(exitCode).toBe(1);
		expect(errors).toContain('content/modules/decouvrir.mdx:10:10  erreur  schema  « version » : version invalide');
		expect(errors).toContain('indice : exemple : version: 1.2.0');
		expect(errors).toContain('Construction arrêtée : corrigez les erreurs ci-dessus');
		expect(errors).not.toMatch(STACK_TRACE);
	});

	it('stops it on a broken reference too', () => {
		const { exitCode, errors } = startAstro('unknown-module', 'build');
		expect(exitCode).toBe(1);
		expect(errors).toContain('content/modules/proteger.mdx:9:5  erreur  unknown-module  module inconnu « decouvir »');
	});

	it('lets the build go on with warnings only, and prints them', () => {
		const { exitCode, errors, warnings } = startAstro('orphan-module', 'build');
		expect(exitCode).toBeUndefined();
		expect(errors).toBe('');
		expect(warnings).toContain('content/modules/isole.mdx:2:1  avertissement  orphan-module');
	});

	it('reports no problem in valid content', () => {
		expect(startAstro('valid', 'build')).toEqual({ exitCode: undefined, errors: '', warnings: '' });
	});
});

// What used to pass the check and then stop `astro build` in English (a component used without
// import or with a wrong prop, an attribute whose value is only a comment, an image that does not
// exist) stops the build at the check, in the config hook that runs before any MDX is evaluated.
describe.each([
	'unknown-component',
	'component-props',
	'forbidden-expression',
	'missing-file',
	// Files the build would load although nobody checked them: the build stops before reading them.
	'hidden-file',
	'symbolic-link',
	'unowned-file',
	// Links that would break on the published site.
	'unknown-page',
	'unknown-anchor',
])('the %s fixture in astro build', (code) => {
	it('stops the build with each message of npm run check, located, in French', () => {
		const expected = JSON.parse(readFileSync(join(FIXTURES, code, 'expected.json'), 'utf8')) as {
			messages: { file: string; line: number; column: number; message: string }[];
		};
		expect(expected.messages.length).toBeGreaterThan(0);
		const { exitCode, errors } = startAstro(code, 'build');
		expect(exitCode).toBe(1);
		for (const message of expected.messages) {
			expect(errors).toContain(`${message.file}:${message.line}:${message.column}  erreur  ${code}  ${message.message}`);
		}
		expect(errors).toContain('Construction arrêtée');
		expect(errors).not.toMatch(STACK_TRACE);
	});
});

describe('the check inside astro dev', () => {
	it('prints the errors and keeps the server running, so that the contributor sees the fix live', () => {
		const { exitCode, errors } = startAstro('schema', 'dev');
		expect(exitCode).toBeUndefined();
		expect(errors).toContain('content/modules/decouvrir.mdx:10:10  erreur  schema');
		expect(errors).not.toContain('Construction arrêtée');
	});
});
