// Export of the directory to CSV and import back, so that a network can fill it in a spreadsheet.
// The import checks every row as the check step would and says where each problem is: the row
// number the spreadsheet shows, the column header, a French message and a hint.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ContentGraph } from '../model/graph.ts';
import { slugify } from '../model/load.ts';
import { validate } from '../model/schema-messages.ts';
import { ID_PATTERN, PlaceSchema, type Place } from '../model/schemas/index.ts';
import { closest } from '../model/suggest.ts';
import { mediationTypes, structureTypes, suggestKind } from '../model/typology.ts';
import { cellOf, columnOfPath, COLUMNS, HEADERS, ID_HEADER, LIST_SEPARATOR, REQUIRED_HEADERS, type Column } from './columns.ts';

/**
 * A spreadsheet reads a cell starting with "=", "+", "-", "@", a tab or a carriage return as a
 * formula, which can run commands or send data away when a partner opens the export. Such a cell
 * is written with a leading "'", which spreadsheets read as "this is text"; so is one already
 * starting with "'" before such a character, so that import gives back exactly what was exported.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED_FORMULA_START = /^'+[=+\-@\t\r]/;

/** The cell as written to the CSV: text, never a formula. */
export function protectCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value of a protected cell: the leading "'" removed. */
export function unprotectCell(cell: string): string {
	return PROTECTED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** Places in file order (by id): the order of the CSV lines. */
export function exportDirectory(graph: ContentGraph): string {
	const places = [...graph.byCollection.repertoire.values()].sort((a, b) => a.id.localeCompare(b.id));
	const rows = places.map((place) => [place.id, ...COLUMNS.map((column) => cellOf(place.data, column))].map(protectCell));
	return stringify([HEADERS, ...rows], { bom: true, record_delimiter: '\n' });
}

export interface CsvProblem {
	/** Line of the spreadsheet, the header being line 1. */
	row: number;
	/** Header of the column, when the problem is in one cell. */
	column?: string;
	message: string;
	hint?: string;
}

export interface ImportedPlace {
	id: string;
	row: number;
	data: Place;
}

export interface ImportResult {
	places: ImportedPlace[];
	problems: CsvProblem[];
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown) {
	let node = target;
	for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
	node[path.at(-1)!] = value;
}

/** A cell's text as the value of its field; empty cells leave the field out. */
function fieldValue(column: Column, cell: string): { value?: unknown; problem?: string } {
	const text = cell.trim();
	if (text === '') return {};
	if (column.kind === 'list') return { value: text.split(';').map((item) => item.trim()).filter((item) => item !== '') };
	if (column.kind === 'boolean') {
		const folded = text.toLowerCase();
		if (['oui', 'vrai', 'true', 'x', '1'].includes(folded)) return { value: true };
		if (['non', 'faux', 'false', '0'].includes(folded)) return { value: false };
		return { problem: `« ${text} » n’est ni « oui » ni « non »` };
	}
	return { value: text };
}

/** Reads a directory CSV and checks it against the schema and the kit's typology. */
export function importDirectory(text: string, graph: ContentGraph): ImportResult {
	const problems: CsvProblem[] = [];
	let records: string[][];
	const clean = text.replace(/^\uFEFF/, '');
	// French spreadsheets often save with semicolons; the header line says which one was used.
	const firstLine = clean.slice(0, clean.indexOf('\n') === -1 ? undefined : clean.indexOf('\n'));
	const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	try {
		records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
	} catch (error) {
		const line = (error as { lines?: number }).lines ?? 1;
		return {
			places: [],
			problems: [{ row: line, message: 'le fichier n’est pas un CSV lisible', hint: 'enregistrez le tableau au format « CSV UTF-8 (séparateur virgule) »' }],
		};
	}
	const [header = [], ...lines] = records;
	const headers = header.map((cell) => cell.trim());
	const known = new Set(HEADERS);
	headers.forEach((name) => {
		if (known.has(name)) return;
		const suggestion = closest(name, HEADERS);
		problems.push({
			row: 1,
			column: name,
			message: `colonne inconnue « ${name} »`,
			hint: suggestion ? `vouliez-vous dire « ${suggestion} » ?` : `colonnes attendues : ${HEADERS.join(', ')}`,
		});
	});
	for (const required of REQUIRED_HEADERS) {
		if (!headers.includes(required))
			problems.push({
				row: 1,
				column: required,
				message: `colonne obligatoire « ${required} » absente`,
				hint: 'partez d’un fichier produit par « npm run repertoire -- export » ; seules les colonnes facultatives peuvent être retirées',
			});
	}
	if (problems.length > 0) return { places: [], problems };

	const mediations = mediationTypes(graph);
	const structures = structureTypes(graph);
	const places: ImportedPlace[] = [];
	const seen = new Map<string, number>();
	lines.forEach((cells, index) => {
		const row = index + 2;
		const raw = (name: string) => (headers.includes(name) ? (cells[headers.indexOf(name)] ?? '') : '');
		const cell = (name: string) => unprotectCell(raw(name).trim());
		const rowProblems: CsvProblem[] = [];
		const data: Record<string, unknown> = {};
		for (const column of COLUMNS) {
			const typed = raw(column.header).trim();
			if (FORMULA_START.test(typed) && !PROTECTED_FORMULA_START.test(typed)) {
				rowProblems.push({
					row,
					column: column.header,
					message: `la cellule commence par « ${JSON.stringify(typed[0]).slice(1, -1)} » : un tableur la lirait comme une formule`,
					hint: `si le texte doit commencer ainsi, mettez une apostrophe devant (« '${typed.slice(0, 12).trimEnd()} ») ; sinon retirez ce signe`,
				});
			}
			const { value, problem } = fieldValue(column, cell(column.header));
			if (problem) rowProblems.push({ row, column: column.header, message: problem, hint: `attendu : ${column.expects}` });
			else if (value !== undefined) setAt(data, column.path, value);
		}
		// A new line without an id gets one from its name, as a file name would.
		const written = cell(ID_HEADER).trim();
		const id = written || slugify(String(data.name ?? ''));
		if (!ID_PATTERN.test(id))
			rowProblems.push({
				row,
				column: ID_HEADER,
				message: `identifiant invalide « ${written} »`,
				hint: `lettres minuscules sans accent, chiffres et tirets, par exemple « ${slugify(written) || 'nom-du-lieu'} »`,
			});
		else if (seen.has(id))
			rowProblems.push({ row, column: ID_HEADER, message: `l’identifiant « ${id} » figure déjà ligne ${seen.get(id)}`, hint: 'donnez à chaque lieu un identifiant différent' });
		else seen.set(id, row);

		const result = validate(PlaceSchema, data);
		for (const problem of result.problems) {
			const column = columnOfPath(problem.missing ?? problem.path);
			if (problem.missing && column) {
				rowProblems.push({ row, column: column.header, message: 'cellule vide dans une colonne obligatoire', hint: `attendu : ${column.expects}` });
				continue;
			}
			rowProblems.push({
				row,
				column: column?.header,
				// The column names the field: the message need not repeat its YAML path.
				message: column ? problem.message.replace(/^«[^:]*» : /, '') : problem.message,
				hint: column ? `attendu : ${column.expects}` : problem.hint,
			});
		}
		// The types are checked on what was typed, even when another cell of the row is wrong.
		const kindProblem = (header: string, noun: string, value: string, kinds: typeof mediations | typeof structures) => {
			if (kinds.has(value)) return;
			const suggestion = suggestKind(value, kinds);
			rowProblems.push({
				row,
				column: header,
				message: `${noun} inconnu « ${value} »`,
				hint: suggestion ? `vouliez-vous dire « ${suggestion} » ?` : 'utilisez un identifiant de la typologie du kit (page /kit/typologie-mediations/)',
			});
		};
		if (typeof data.structureType === 'string') kindProblem('type_structure', 'type de structure', data.structureType, structures);
		for (const mediation of (data.mediations as string[] | undefined) ?? []) kindProblem('mediations', 'type de médiation', mediation, mediations);
		problems.push(...rowProblems);
		if (rowProblems.length === 0 && result.data) places.push({ id, row, data: result.data });
	});
	return { places, problems };
}

/** The YAML file of a place, fields in a fixed order, empty and default values left out. */
export function placeToYaml(place: Place): string {
	const lines: string[] = [];
	const scalar = (value: string) => JSON.stringify(value);
	const add = (key: string, value: string) => lines.push(`${key}: ${value}`);
	const text = (key: string, value: string | undefined) => value !== undefined && add(key, scalar(value));
	const list = (key: string, values: string[]) => values.length > 0 && add(key, `[${values.map(scalar).join(', ')}]`);
	text('name', place.name);
	if (place.example) add('example', 'true');
	text('zone', place.zone);
	lines.push('address:', `  street: ${scalar(place.address.street)}`, `  postcode: ${scalar(place.address.postcode)}`, `  city: ${scalar(place.address.city)}`);
	text('phone', place.phone);
	text('email', place.email);
	if (place.referent) {
		lines.push('referent:');
		for (const key of ['name', 'role', 'phone', 'email'] as const) {
			const value = place.referent[key];
			if (value !== undefined) lines.push(`  ${key}: ${scalar(value)}`);
		}
	}
	text('structureType', place.structureType);
	list('mediations', place.mediations);
	text('activities', place.activities);
	list('domains', place.domains);
	text('public', place.public);
	text('access', place.access);
	text('hours', place.hours);
	list('limits', place.limits);
	add('accessibility', place.accessibility);
	add('updated', place.updated);
	return `${lines.join('\n')}\n`;
}

export { LIST_SEPARATOR };
