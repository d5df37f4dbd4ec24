// `npm run qualiopi` as an organisation runs it before an audit: a table of the modules and the nine
// items of indicator 1, JSON or CSV, and an exit code that says whether one is missing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { QUALIOPI_ITEMS, qualiopiRows } from '../../../src/model/training-info.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { copyFixture, runScript, STACK_TRACE } from '../../helpers/cli.ts';

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project whose content/ is a copy of the commons' content. */
function commons(): string {
	const root = mkdtempSync(join(tmpdir(), 'commun-qualiopi-'));
	cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
	roots.push(root);
	return root;
}

/** The fixture of an organisation that says `qualiopi: true`: one module complete, one missing four items. */
function certified(): string {
	const root = copyFixture('tests/fixtures/check/qualiopi-indicateur-1');
	roots.push(root);
	return root;
}

describe('npm run qualiopi', () => {
	it('prints, for the commons, one line per module with each of the nine items, and exits 1 only if one is missing', () => {
		const root = commons();
		const { graph } = loadProject({ root, contentDir: 'content' });
		const modules = graph.modulesInCatalogueOrder();
		const { status, stdout, stderr } = runScript('qualiopi', root);
		const lines = stdout.split('\n');
		const header = lines.find((line) => line.startsWith('Module'))!;
		expect(header.split(/\s{2,}/)).toEqual(['Module', 'Prérequis', 'Objectifs', 'Durée', 'Accès', 'Tarifs', 'Contacts', 'Méthodes', 'Évaluation', 'Handicap']);
		for (const module of modules) {
			const line = lines.find((candidate) => candidate.split(/\s{2,}/)[0] === module.data.number);
			const expected = qualiopiRows(module.data, graph.organisation).map((row) => ({ module: 'fiche', organisation: 'organisation', missing: 'MANQUE' })[row.status]);
			expect(line?.split(/\s{2,}/).slice(1), module.id).toEqual(expected);
		}
		const missing = modules.some((module) => qualiopiRows(module.data, graph.organisation).some((row) => row.status === 'missing'));
		expect(status).toBe(missing ? 1 : 0);
		expect(`${stdout}${stderr}`).not.toMatch(STACK_TRACE);
	});

	it('exits 0 for a certified organisation whose modules give the nine items, 1 as soon as one is missing', () => {
		const root = certified();
		rmSync(join(root, 'content/modules/incomplet.mdx'));
		const complete = runScript('qualiopi', root);
		expect(complete.status, complete.stdout + complete.stderr).toBe(0);
		expect(complete.stdout).toContain('Le module publie les neuf informations.');

		const sheet = join(root, 'content/modules/complet.mdx');
		writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('price: sur devis\n', ''));
		const missing = runScript('qualiopi', root);
		expect(missing.status).toBe(1);
		expect(missing.stdout).toMatch(/^2\s+fiche\s+fiche\s+fiche\s+organisation\s+MANQUE\s+organisation\s+fiche\s+fiche\s+organisation$/m);
		expect(missing.stdout).toContain('1 module sur 1 n’a pas les neuf informations : complet (tarifs).');
		expect(missing.stdout).toContain('organisation.yaml indique une certification Qualiopi : ces informations sont obligatoires.');
	});

	it('gives the same table as JSON and as CSV', () => {
		const root = certified();
		const json = runScript('qualiopi', root, '--format', 'json');
		expect(json.status).toBe(1);
		const report = JSON.parse(json.stdout) as { certified: boolean; modules: { id: string; items: Record<string, string>; missing: string[] }[] };
		expect(report.certified).toBe(true);
		expect(report.modules.map((module) => module.id)).toEqual(['incomplet', 'complet']);
		expect(report.modules[0]!.missing).toEqual(['duration', 'price', 'methods', 'evaluation']);
		expect(report.modules[1]!.missing).toEqual([]);
		expect(report.modules[1]!.items).toMatchObject({ access: 'organisation', contacts: 'organisation', price: 'module', duration: 'module' });

		const csv = runScript('qualiopi', root, '--format', 'csv');
		expect(csv.status).toBe(1);
		const [header, ...rows] = parse(csv.stdout, { bom: true }) as string[][];
		expect(header).toEqual(['identifiant', 'numero', 'titre', ...QUALIOPI_ITEMS.map((item) => item.heading)]);
		expect(rows.map((row) => [row[0], row[5], row[6], row[7]])).toEqual([
			['incomplet', 'MANQUE', 'organisation', 'MANQUE'],
			['complet', 'fiche', 'organisation', 'fiche'],
		]);
	});

	it('explains a mistyped format in French and exits 2', () => {
		const { status, stderr } = runScript('qualiopi', certified(), '--format', 'xlsx');
		expect(status).toBe(2);
		expect(stderr).toContain('format inconnu « xlsx » : choisissez text, json, csv');
	});
});
