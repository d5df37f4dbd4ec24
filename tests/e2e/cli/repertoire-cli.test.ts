// `npm run repertoire` as a person runs it: French messages, exit codes, files written or not.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { writeContentTree } from '../../helpers/content-tree.ts';

const SCRIPT = join(PROJECT_ROOT, 'scripts/repertoire.ts');

const FILES = {
	'typologie/acces.yaml': 'title: Accès\nsummary: Test.\ntypes:\n  - { id: wifi, label: Wi-Fi gratuit }\n',
	'types-structures/publics.yaml': 'title: Publics\ntypes:\n  - { id: mairie, label: Mairie }\n',
	'repertoire/mairie.yaml':
		'name: Mairie\naddress: { street: 1 place, postcode: "44000", city: Nantes }\nstructureType: mairie\nmediations: [wifi]\npublic: Tous\naccess: Libre\nhours: Matin\nupdated: 2026-01-01\n',
};

function run(root: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, COMMUN_CONTENT_DIR: '' } });
	return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run repertoire', () => {
	it('exports, then imports the same table without changing a file', () => {
		const root = writeContentTree(FILES);
		const exported = run(root, 'export', 'lieux.csv');
		expect(exported.status).toBe(0);
		expect(exported.out).toContain('1 lieu exporté dans lieux.csv.');
		const imported = run(root, 'import', 'lieux.csv');
		expect(imported.status).toBe(0);
		expect(imported.out).toContain('1 lieu lu : 0 créé, 1 mis à jour, 0 inchangé.');
		expect(run(root, 'import', 'lieux.csv').out).toContain('0 mis à jour, 1 inchangé.');
	});

	it('adds a new line as a new file, named after the place', () => {
		const root = writeContentTree(FILES);
		run(root, 'export', 'lieux.csv');
		const csv = readFileSync(join(root, 'lieux.csv'), 'utf8');
		const line = csv.trimEnd().split('\n')[1]!.replace(/^mairie,Mairie,/, ',Mairie annexe,');
		writeFileSync(join(root, 'lieux.csv'), `${csv}${line}\n`);
		const result = run(root, 'import', 'lieux.csv');
		expect(result.status, result.err).toBe(0);
		expect(readdirSync(join(root, 'content/repertoire')).sort()).toEqual(['mairie-annexe.yaml', 'mairie.yaml']);
	});

	it('writes nothing and exits with 1 when a row is wrong, saying where', () => {
		const root = writeContentTree(FILES);
		writeFileSync(
			join(root, 'lieux.csv'),
			'identifiant,nom,adresse,code_postal,ville,type_structure,mediations,public,conditions_acces,horaires,mise_a_jour\nneuf,Neuf,1 rue,44000,Nantes,mairie,Wi-Fi gratuit,Tous,Libre,Matin,2026-01-01\n',
		);
		const result = run(root, 'import', 'lieux.csv');
		expect(result.status).toBe(1);
		expect(result.err).toContain('lieux.csv, ligne 2, colonne « mediations » : type de médiation inconnu « Wi-Fi gratuit »');
		expect(result.err).toContain('indice : vouliez-vous dire « wifi » ?');
		expect(existsSync(join(root, 'content/repertoire/neuf.yaml'))).toBe(false);
	});

	it('explains its usage in French and exits with 2 when the command is wrong', () => {
		const root = writeContentTree(FILES);
		const result = run(root, 'exporter');
		expect(result.status).toBe(2);
		expect(result.err).toContain('Erreur : commande attendue');
		expect(run(root, 'import', 'absent.csv').err).toContain('fichier introuvable « absent.csv »');
	});
});
