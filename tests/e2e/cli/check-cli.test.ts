// `npm run check` as contributors and CI run it: a process, its output and its exit code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { STACK_TRACE } from '../../helpers/cli.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/check');

/** Runs the check command in a fixture folder, whose content/ is then the default content. */
function check(fixture: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), ...args], {
		cwd: join(FIXTURES, fixture),
		encoding: 'utf8',
		env: { ...process.env, COMMUN_CONTENT_DIR: '' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
	it('says there is nothing to fix and exits 0 on valid content', () => {
		const { status, stdout } = check('valid');
		expect(status).toBe(0);
		expect(stdout.trim()).toBe('Aucun problème trouvé dans le contenu.');
	});

	it('prints every problem as file:line:column, severity, code, message, then the hint, and exits 1', () => {
		const { status, stdout, stderr } = check('unknown-module');
		expect(status).toBe(1);
		const lines = stdout.split('\n');
		const at = lines.indexOf('content/modules/proteger.mdx:9:5  erreur  unknown-module  module inconnu « decouvir »');
		expect(at).toBeGreaterThan(-1);
		expect(lines[at + 1]).toBe('    indice : vouliez-vous dire « decouvrir » ?');
		expect(lines.filter((line) => line.includes('  unknown-module  '))).toHaveLength(7);
		expect(lines.at(-2)).toMatch(/^7 erreurs, \d+ avertissements?\.$/);
		expect(`${stdout}${stderr}`).not.toMatch(STACK_TRACE);
	});

	it('prints the other places of a problem under it', () => {
		const { stdout } = check('prerequisite-cycle');
		expect(stdout).toContain(
			'content/modules/alpha.mdx:9:5  erreur  prerequisite-cycle  les prérequis forment une boucle : alpha → gamma → beta → alpha',
		);
		expect(stdout).toContain('    voir aussi content/modules/gamma.mdx:10:15 (« gamma » demande « beta »)');
	});

	it('exits 0 on warnings, and 1 with --strict', () => {
		expect(check('orphan-module').status).toBe(0);
		const strict = check('orphan-module', '--strict');
		expect(strict.status).toBe(1);
		expect(strict.stdout).toContain('content/modules/isole.mdx:2:1  erreur  orphan-module');
	});

	it('gives the same problems as JSON with --format json', () => {
		const { status, stdout } = check('unknown-section', '--format', 'json');
		expect(status).toBe(1);
		const report = JSON.parse(stdout);
		expect(report.errors).toBe(2);
		expect(report.problems).toContainEqual({
			file: 'content/modules/decouvrir.mdx',
			line: 4,
			column: 10,
			severity: 'error',
			code: 'unknown-section',
			message: 'section inconnue « basse »',
			hint: 'vouliez-vous dire « bases » ?',
			related: [],
		});
	});

	it('writes GitHub workflow annotations with --format github', () => {
		const { status, stdout } = check('unknown-section', '--format', 'github');
		expect(status).toBe(1);
		expect(stdout.split('\n')).toContain(
			'::error file=content/modules/decouvrir.mdx,line=4,col=10,title=unknown-section::section inconnue « basse »%0Aindice : vouliez-vous dire « bases » ?',
		);
		expect(stdout).toMatch(/^::warning file=content\/modules\/decouvrir.mdx,line=2,col=1,title=orphan-module::/m);
	});

	it('explains a mistyped command in French and exits 2', () => {
		const unknown = check('valid', '--stricte');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('Erreur : option inconnue « --stricte »');
		expect(unknown.stderr).toContain('Utilisation : npm run check');
		const format = check('valid', '--format', 'xml');
		expect(format.status).toBe(2);
		expect(format.stderr).toContain('format inconnu « xml »');
		const folder = check('valid', '--content', 'contenu');
		expect(folder.status).toBe(2);
		expect(folder.stderr).toContain('dossier du contenu introuvable « contenu »');
		expect(`${unknown.stderr}${format.stderr}${folder.stderr}`).not.toMatch(STACK_TRACE);
	});

	it('lists every code with --list', () => {
		const { status, stdout } = check('valid', '--list');
		expect(status).toBe(0);
		for (const rule of rules) expect(stdout).toContain(rule.id);
	});
});
