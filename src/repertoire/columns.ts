// The directory as a spreadsheet: one column per field of a place, with a French header a network
// reads, and how each cell turns into a field and back. Export and import both read this table.
import type { Place } from '../model/schemas/index.ts';

export type ColumnKind = 'text' | 'list' | 'boolean';

export interface Column {
	header: string;
	/** Where the value sits in a place's file. */
	path: readonly string[];
	kind: ColumnKind;
	/** What a cell holds, for hints. */
	expects: string;
}

/** Separates the items of a list inside one cell: "Emploi ; Logement". */
export const LIST_SEPARATOR = ' ; ';

export const ID_HEADER = 'identifiant';

export const COLUMNS: readonly Column[] = [
	{ header: 'nom', path: ['name'], kind: 'text', expects: 'le nom de la structure' },
	{ header: 'exemple', path: ['example'], kind: 'boolean', expects: '« oui » pour un lieu inventé, sinon « non » ou vide' },
	{ header: 'zone', path: ['zone'], kind: 'text', expects: 'le quartier ou la zone (facultatif)' },
	{ header: 'adresse', path: ['address', 'street'], kind: 'text', expects: 'le numéro et la rue' },
	{ header: 'code_postal', path: ['address', 'postcode'], kind: 'text', expects: 'cinq chiffres, par exemple 31000' },
	{ header: 'ville', path: ['address', 'city'], kind: 'text', expects: 'la commune' },
	{ header: 'telephone', path: ['phone'], kind: 'text', expects: 'un numéro, par exemple 05 61 00 00 00 (facultatif)' },
	{ header: 'courriel', path: ['email'], kind: 'text', expects: 'une adresse, par exemple accueil@exemple.org (facultatif)' },
	{ header: 'referent_nom', path: ['referent', 'name'], kind: 'text', expects: 'le nom de la personne référente (facultatif)' },
	{ header: 'referent_fonction', path: ['referent', 'role'], kind: 'text', expects: 'sa fonction (facultatif)' },
	{ header: 'referent_telephone', path: ['referent', 'phone'], kind: 'text', expects: 'son numéro (facultatif)' },
	{ header: 'referent_courriel', path: ['referent', 'email'], kind: 'text', expects: 'son adresse électronique (facultatif)' },
	{ header: 'type_structure', path: ['structureType'], kind: 'text', expects: 'l’identifiant d’un type de structure du kit, par exemple mediatheque' },
	{ header: 'mediations', path: ['mediations'], kind: 'list', expects: 'des identifiants de la typologie séparés par « ; », le principal d’abord' },
	{ header: 'activites', path: ['activities'], kind: 'text', expects: 'le détail des activités (facultatif)' },
	{ header: 'domaines', path: ['domains'], kind: 'list', expects: 'des domaines séparés par « ; », par exemple Emploi ; Logement' },
	{ header: 'public', path: ['public'], kind: 'text', expects: 'le public reçu' },
	{ header: 'conditions_acces', path: ['access'], kind: 'text', expects: 'les conditions d’accès (gratuité, adhésion, prescription…)' },
	{ header: 'horaires', path: ['hours'], kind: 'text', expects: 'les horaires de la médiation' },
	{ header: 'limites', path: ['limits'], kind: 'list', expects: 'ce que le lieu ne fait pas, séparé par « ; »' },
	{ header: 'mobilite_reduite', path: ['accessibility'], kind: 'text', expects: 'oui, partiel, non ou inconnu' },
	{ header: 'mise_a_jour', path: ['updated'], kind: 'text', expects: 'la date de mise à jour, au format AAAA-MM-JJ' },
];

/** Columns a table may not drop: the fields every place must have. The others may be removed. */
export const REQUIRED_HEADERS = ['nom', 'adresse', 'code_postal', 'ville', 'type_structure', 'mediations', 'public', 'conditions_acces', 'horaires', 'mise_a_jour'];

export const HEADERS = [ID_HEADER, ...COLUMNS.map((column) => column.header)];

/** The column a schema path belongs to: the longest column path it starts with. */
export function columnOfPath(path: readonly (string | number)[]): Column | undefined {
	let best: Column | undefined;
	for (const column of COLUMNS) {
		const matches = column.path.every((segment, index) => path[index] === segment);
		if (matches && (!best || column.path.length > best.path.length)) best = column;
	}
	// A whole missing object (address, referent) is reported at its parent: point at its first column.
	if (!best && path.length === 1) best = COLUMNS.find((column) => column.path[0] === path[0]);
	return best;
}

function valueAt(place: Place, path: readonly string[]): unknown {
	let value: unknown = place;
	for (const segment of path) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[segment];
	return value;
}

/** The text of one cell for a place. */
export function cellOf(place: Place, column: Column): string {
	const value = valueAt(place, column.path);
	if (value === undefined || value === null) return '';
	if (column.kind === 'list') return (value as string[]).join(LIST_SEPARATOR);
	if (column.kind === 'boolean') return value ? 'oui' : 'non';
	return String(value);
}
