// new, fork and bump as processes in a copy of a fixture corpus: what each writes, and that the
// check accepts it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { today } from '../../../src/versioning/versioned.ts';
import { copyFixture, runScript, STACK_TRACE } from '../../helpers/cli.ts';

let root: string;

beforeEach(() => {
	root = copyFixture();
});

const read = (path: string) => readFileSync(join(root, 'content', path), 'utf8');
/** organisation.yaml names the commons the project follows, as `npm run fork` requires. */
const followCommons = () =>
	writeFileSync(join(root, 'content/organisation.yaml'), `${read('organisation.yaml')}upstream:\n  name: Commun de formation\n  site: https://commun.exemple.org/\n`);
const entry = (collection: 'modules' | 'decks' | 'parcours' | 'personas', id: string) =>
	loadProject({ root, contentDir: 'content' }).graph.get(collection, id);

describe('npm run new', () => {
	it.each([
		['module', 'modules', 'ateliers-collectifs'],
		['persona', 'personas', 'nadia'],
		['deck', 'decks', 'cafe-numerique'],
		['parcours', 'parcours', 'accueil-public'],
	] as const)('writes a %s the check accepts', (kind, collection, id) => {
		const created = runScript('new', root, kind, id, '--title', 'Un titre : avec deux-points');
		expect(created.status, created.stderr).toBe(0);
		expect(created.stdout).toContain(`Fichier créé : content/${collection}/${id}.mdx`);
		expect(read(`${collection}/${id}.mdx`)).toContain('À compléter');
		const check = runScript('check', root);
		expect(check.status, check.stdout).toBe(0);
		expect(check.stdout).not.toContain(`${id}.mdx:`.concat('1:1  erreur'));
		expect(entry(collection, id)).toBeDefined();
	});

	it('gives a new module the next number, the first section and today’s date, or the ones asked', () => {
		// The day may change while the command runs: today is the day before it or the day after.
		const days = [today()];
		runScript('new', root, 'module', 'un');
		days.push(today());
		runScript('new', root, 'module', 'deux', '--section', 'pratique', '--number', '7B', '--date', '2026-03-14');
		const un = entry('modules', 'un')!.data as { number: string; section: string; updated: string };
		expect([un.number, un.section]).toEqual(['4', 'bases']);
		expect(days).toContain(un.updated);
		const deux = entry('modules', 'deux')!.data as { number: string; section: string; updated: string };
		expect([deux.number, deux.section, deux.updated]).toEqual(['7B', 'pratique', '2026-03-14']);
		const wrong = runScript('new', root, 'module', 'trois', '--date', '14/03/2026');
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toContain('date invalide « 14/03/2026 » : le format attendu est AAAA-MM-JJ');
	});

	it('makes a parcours of the modules given, in order', () => {
		runScript('new', root, 'parcours', 'rapide', '--module', 'proteger', '--module', 'accueillir');
		expect((entry('parcours', 'rapide')!.data as { steps: { module: string }[] }).steps.map((step) => step.module)).toEqual(['proteger', 'accueillir']);
	});

	it('refuses, in French, an id already used, an unknown section, a bad id or kind', () => {
		const taken = runScript('new', root, 'module', 'decouvrir');
		expect(taken.status).toBe(1);
		expect(taken.stderr).toContain('« modules/decouvrir.mdx » existe déjà');
		const section = runScript('new', root, 'module', 'autre', '--section', 'base');
		expect(section.status).toBe(1);
		expect(section.stderr).toContain('section inconnue « base » ; vouliez-vous dire « bases » ?');
		const id = runScript('new', root, 'module', 'Mon Module');
		expect(id.status).toBe(2);
		expect(id.stderr).toContain('identifiant invalide « Mon Module »');
		const kind = runScript('new', root, 'fiche', 'x');
		expect(kind.status).toBe(2);
		expect(kind.stderr).toContain('type inconnu « fiche »');
		expect(`${taken.stderr}${section.stderr}${id.stderr}${kind.stderr}`).not.toMatch(STACK_TRACE);
	});
});

describe('npm run fork', () => {
	it('refuses without the commons of origin in organisation.yaml, saying what to fill in', () => {
		const refused = runScript('fork', root, 'decouvrir', '--as', 'decouvrir-local');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('organisation.yaml ne dit pas de quel commun vient ce module');
		expect(refused.stderr).toContain('  upstream:\n    name:');
		expect(refused.stderr).not.toMatch(STACK_TRACE);
		expect(existsSync(join(root, 'content/modules/decouvrir-local.mdx'))).toBe(false);
	});

	it('copies a module as an adaptation that names its original, with its own number, and the check accepts it', () => {
		followCommons();
		const forked = runScript('fork', root, 'decouvrir', '--as', 'decouvrir-local', '--author', 'Camille Martin', '--date', '2026-03-14');
		expect(forked.status, forked.stderr).toBe(0);
		const data = entry('modules', 'decouvrir-local')!.data as Record<string, unknown>;
		expect(data.derivedFrom).toEqual({
			source: 'Commun de formation',
			id: 'decouvrir',
			version: '1.0.0',
			url: 'https://commun.exemple.org/modules/decouvrir/',
			licence: 'CC-BY-SA-4.0',
		});
		expect(data.modified).toBe(true);
		expect(data.number).toBe('1A');
		expect(data.version).toBe('1.0.0');
		expect(data.updated).toBe('2026-03-14');
		expect(data.authors).toEqual([{ name: 'Camille Martin' }]);
		expect(read('modules/decouvrir-local.mdx')).toContain('## Première partie');
		expect(runScript('check', root).status).toBe(0);
	});

	it('keeps the whole chain of origins: the original’s own origin follows the commons', () => {
		followCommons();
		const original = read('modules/proteger.mdx').replace('\n---\n', '\nderivedFrom:\n  source: Catalogue Coll.in\n  id: module-5\n  authors: [{ name: Alex Dupont }]\n---\n');
		writeFileSync(join(root, 'content/modules/proteger.mdx'), original);
		const forked = runScript('fork', root, 'proteger', '--as', 'proteger-bis');
		expect(forked.status, forked.stderr).toBe(0);
		expect(forked.stdout).toContain('l’original était adapté de « Catalogue Coll.in »');
		expect((entry('modules', 'proteger-bis')!.data as { derivedFrom: unknown }).derivedFrom).toMatchObject({
			source: 'Commun de formation',
			id: 'proteger',
			earlier: [{ source: 'Catalogue Coll.in', id: 'module-5', authors: [{ name: 'Alex Dupont' }] }],
		});
		// A fork of that fork names three levels, nearest first.
		expect(runScript('fork', root, 'proteger-bis', '--as', 'proteger-ter').status).toBe(0);
		const chain = (entry('modules', 'proteger-ter')!.data as { derivedFrom: { source: string; id: string; earlier: { source: string; id: string }[] } }).derivedFrom;
		expect([chain, ...chain.earlier].map((origin) => origin.id)).toEqual(['proteger-bis', 'proteger', 'module-5']);
		expect(runScript('check', root).status).toBe(0);
	});

	it('refuses an unknown module with a suggestion, and a missing --as', () => {
		const unknown = runScript('fork', root, 'decouvir', '--as', 'x');
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('aucun module n’a l’identifiant « decouvir » ; vouliez-vous dire « decouvrir » ?');
		expect(runScript('fork', root, 'decouvrir').status).toBe(2);
	});
});

describe('npm run bump', () => {
	it('raises the version, dates it and adds the changelog entry, leaving the rest of the file as it was', () => {
		const before = read('modules/decouvrir.mdx');
		const bumped = runScript('bump', root, 'decouvrir', 'minor', '-m', 'Ajout d’un exercice', '--date', '2026-03-14');
		expect(bumped.status, bumped.stderr).toBe(0);
		expect(bumped.stdout).toContain('version 1.0.0 → 1.1.0');
		const after = read('modules/decouvrir.mdx');
		const data = entry('modules', 'decouvrir')!.data as { version: string; updated: string; changelog: unknown[] };
		expect(data.version).toBe('1.1.0');
		expect(data.updated).toBe('2026-03-14');
		expect(data.changelog.at(-1)).toEqual({ version: '1.1.0', date: '2026-03-14', summary: 'Ajout d’un exercice' });
		const kept = (text: string) => text.split('\n').filter((line) => !/^(version|updated):|^\s+- \{ version/.test(line));
		expect(kept(after)).toEqual(kept(before));
		expect(runScript('check', root, '--strict').status).toBe(0);
	});

	it('bumps decks, kit pages and parcours too, and marks an adapted module as modified', () => {
		for (const [id, level, version] of [['atelier', 'patch', '1.1.1'], ['pourquoi', 'major', '2.0.0'], ['premiers-pas', 'minor', '1.1.0']]) {
			const result = runScript('bump', root, id!, level!, '-m', 'Relecture');
			expect(result.stdout, result.stderr).toContain(`→ ${version}`);
		}
		followCommons();
		runScript('fork', root, 'decouvrir', '--as', 'local');
		writeFileSync(join(root, 'content/modules/local.mdx'), read('modules/local.mdx').replace('modified: true\n', ''));
		expect(runScript('bump', root, 'local', 'patch', '-m', 'Exemples locaux').stdout).toContain('modified: true');
		expect((entry('modules', 'local')!.data as { modified: boolean }).modified).toBe(true);
		expect(runScript('check', root).status).toBe(0);
	});

	it('refuses a missing summary or an unknown level in French', () => {
		const noMessage = runScript('bump', root, 'decouvrir', 'patch');
		expect(noMessage.status).toBe(2);
		expect(noMessage.stderr).toContain('le résumé du changement manque');
		const level = runScript('bump', root, 'decouvrir', 'mineure', '-m', 'x');
		expect(level.status).toBe(2);
		expect(level.stderr).toContain('niveau inconnu « mineure »');
	});
});
