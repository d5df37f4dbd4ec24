// `npm run repertoire -- import --standard` and `export --standard`, run as processes on a copy of
// the fixture site: a sample file of the national standard goes into the directory and comes back
// out with the fields both sides share unchanged; a row the standard refuses is named by its line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromSchemaLieuDeMediationNumerique, type SchemaLieuMediationNumerique } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

const SCRIPT = join(PROJECT_ROOT, 'scripts/repertoire.ts');
const SAMPLES = join(PROJECT_ROOT, 'tests/fixtures/repertoire-standard');

/** The fields the directory and the national standard share (src/repertoire/standard.ts). */
const SHARED = ['id', 'nom', 'adresse', 'code_postal', 'commune', 'telephone', 'horaires', 'presentation_resume', 'date_maj'] as const;

type Row = Record<string, string>;

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the fixture site's content, to import into. */
function fixtureCopy(): string {
	const root = mkdtempSync(join(tmpdir(), 'commun-repertoire-'));
	folders.push(root);
	cpSync(join(PROJECT_ROOT, 'tests/fixtures/site'), join(root, 'content'), { recursive: true });
	return root;
}

function run(root: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, COMMUN_CONTENT_DIR: '' } });
	return { status: result.status, out: result.stdout, err: result.stderr };
}

/** What a reader compares: each shared field, the first e-mail and typology, the set of services. */
function shared(row: Row) {
	const list = (value: string | undefined) => (value ?? '').split('|').map((item) => item.trim()).filter(Boolean);
	return {
		...Object.fromEntries(SHARED.map((field) => [field, row[field] ?? ''])),
		courriel: list(row.courriels)[0] ?? '',
		typologie: list(row.typologie)[0] ?? '',
		services: list(row.services).sort(),
	};
}

function rowsOf(file: string): Row[] {
	const text = readFileSync(file, 'utf8');
	if (file.endsWith('.json')) {
		return (JSON.parse(text) as Record<string, unknown>[]).map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, String(value)])));
	}
	return parse(text, { columns: true, skip_empty_lines: true }) as Row[];
}

describe('the directory in the national standard', () => {
	for (const sample of ['lieux.csv', 'lieux.json']) {
		it(`imports ${sample} and exports it back with the shared fields unchanged`, () => {
			const root = fixtureCopy();
			const imported = run(root, 'import', '--standard', join(SAMPLES, sample));
			expect(imported.status, imported.err).toBe(0);
			const original = rowsOf(join(SAMPLES, sample));
			expect(imported.out).toContain(`${original.length} lieu`);
			const output = join(root, sample.replace('lieux', 'sortie'));
			const exported = run(root, 'export', '--standard', output);
			expect(exported.status, exported.err).toBe(0);
			const back = new Map(rowsOf(output).map((row) => [row.id, row]));
			for (const row of original) expect(shared(back.get(row.id)!), row.id).toEqual(shared(row));
		});
	}

	it('exports rows the national library reads back, the places of the fixture site included', () => {
		const root = fixtureCopy();
		const exported = run(root, 'export', '--standard', 'repertoire.json');
		expect(exported.status, exported.err).toBe(0);
		const rows = JSON.parse(readFileSync(join(root, 'repertoire.json'), 'utf8')) as SchemaLieuMediationNumerique[];
		expect(rows.map((row) => row.id).sort()).toEqual(['asso-est', 'bibliotheque-nord', 'ccas-sud', 'point-ouest']);
		for (const row of rows) expect(() => fromSchemaLieuDeMediationNumerique(row), row.id).not.toThrow();
		const asso = rows.find((row) => row.id === 'asso-est')!;
		expect(asso.typologie).toBe('ASSO');
		expect(asso.presentation_detail).toContain('Public : Adhérent·e·s');
	});

	it('writes nothing and names, in French, the line and column of each row refused', () => {
		const root = fixtureCopy();
		const result = run(root, 'import', '--standard', join(SAMPLES, 'refuses.csv'));
		expect(result.status).toBe(1);
		expect(result.err).toContain('refuses.csv, ligne 3, colonne « telephone » : refusé par le standard national : Le telephone 05 62 n’est pas valide');
		expect(result.err).toContain('refuses.csv, ligne 4, colonne « services » : aucun type de médiation du kit ne correspond au service « Parentalité et éducation avec le numérique »');
		expect(result.err).toContain('indice : ajoutez « service: Parentalité et éducation avec le numérique » au type de médiation qui lui correspond dans content/typologie/');
		expect(result.err).toContain('refuses.csv, ligne 5, colonne « typologie » : aucun type de structure du kit ne correspond à la typologie « EPN »');
		expect(result.err).toContain('3 problèmes : aucune fiche n’a été écrite.');
		expect(existsSync(join(root, 'content/repertoire/bon-lieu.yaml'))).toBe(false);
	});

	it('names the place of a JSON file by its position in the list', () => {
		const root = fixtureCopy();
		const file = join(root, 'lieux.json');
		const rows = rowsOf(join(SAMPLES, 'lieux.json'));
		writeFileSync(file, JSON.stringify([{ ...rows[0], courriels: 'pas-un-courriel' }]));
		const result = run(root, 'import', '--standard', file);
		expect(result.status).toBe(1);
		expect(result.err).toContain('lieux.json, lieu n° 1, champ « courriels » : adresse électronique invalide');
	});
});
