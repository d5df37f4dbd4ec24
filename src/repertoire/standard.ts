// The directory in the national « standard de données des lieux de médiation numérique », the
// format of the national map, in its CSV or JSON form, through the ANCT's own library
// (@gouvfr-anct/lieux-de-mediation-numerique): every row read or written goes through its model,
// which refuses what the standard refuses. The kit's typology says which national service each
// mediation type is (`service:` in content/typologie/) and which national typology each structure
// type is (`typologie:` in content/types-structures/).
//
// Fields both sides share, kept through a round trip: id, name, address (street, postcode, city),
// phone, first e-mail, activities (presentation_resume), hours (horaires), structure type
// (typologie), mediation types (services), date of update.
import {
	fromSchemaLieuDeMediationNumerique,
	ModelError,
	toSchemaLieuMediationNumerique,
	type SchemaLieuMediationNumerique,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ContentGraph } from '../model/graph.ts';
import { slugify } from '../model/load.ts';
import { PlaceSchema, ID_PATTERN, type Place } from '../model/schemas/index.ts';
import { validate } from '../model/schema-messages.ts';
import type { CsvProblem, ImportedPlace, ImportResult } from './csv.ts';

export type StandardFormat = 'csv' | 'json';

/** The standard's columns, in the order the export writes them. */
export const STANDARD_COLUMNS = [
	'id',
	'pivot',
	'nom',
	'adresse',
	'complement_adresse',
	'code_postal',
	'commune',
	'code_insee',
	'latitude',
	'longitude',
	'typologie',
	'structure_parente',
	'services',
	'publics_specifiquement_adresses',
	'prise_en_charge_specifique',
	'frais_a_charge',
	'modalites_acces',
	'modalites_accompagnement',
	'itinerance',
	'telephone',
	'courriels',
	'site_web',
	'horaires',
	'prise_rdv',
	'fiche_acces_libre',
	'presentation_resume',
	'presentation_detail',
	'dispositif_programmes_nationaux',
	'formations_labels',
	'autres_formations_labels',
	'source',
	'date_maj',
] as const satisfies readonly (keyof SchemaLieuMediationNumerique)[];

/** The standard's placeholder for an unknown SIRET: the directory does not record one. */
export const UNKNOWN_PIVOT = '00000000000000';

const LIST = '|';

/** What the directory says of a place whose file in the standard gives no hours. */
export const HOURS_UNKNOWN = 'Horaires non renseignés';

/** The standard's column for each field of the directory it fills, to name it in a message. */
const COLUMN_OF_FIELD: Record<string, string> = {
	name: 'nom',
	'address.street': 'adresse',
	'address.postcode': 'code_postal',
	'address.city': 'commune',
	phone: 'telephone',
	email: 'courriels',
	activities: 'presentation_resume',
	hours: 'horaires',
	updated: 'date_maj',
};

/** The standard's lists are written "a|b|c". */
function listOf(value: string | undefined): string[] {
	return (value ?? '')
		.split(LIST)
		.map((item) => item.trim())
		.filter(Boolean);
}

interface TypologyMaps {
	serviceOf: Map<string, string>;
	typologieOf: Map<string, string>;
	/** The first mediation type of the kit's typology that a service corresponds to. */
	mediationOf: Map<string, string>;
	structureOf: Map<string, string>;
}

function typologyMaps(graph: ContentGraph): TypologyMaps {
	const maps: TypologyMaps = { serviceOf: new Map(), typologieOf: new Map(), mediationOf: new Map(), structureOf: new Map() };
	const categories = [...graph.byCollection.typologie.values()].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	for (const type of categories.flatMap((category) => category.data.types)) {
		if (!type.service) continue;
		maps.serviceOf.set(type.id, type.service);
		if (!maps.mediationOf.has(type.service)) maps.mediationOf.set(type.service, type.id);
	}
	const families = [...graph.byCollection.structures.values()].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	for (const type of families.flatMap((family) => family.data.types)) {
		if (!type.typologie) continue;
		maps.typologieOf.set(type.id, type.typologie);
		if (!maps.structureOf.has(type.typologie)) maps.structureOf.set(type.typologie, type.id);
	}
	return maps;
}

/** A refusal of the ANCT's library as a located French problem. */
function refusal(error: unknown, where: { row: number }): CsvProblem {
	if (error instanceof ModelError) {
		return {
			row: where.row,
			column: String(error.key),
			message: `refusé par le standard national : ${error.message.replace(/'([^']*)'/g, '« $1 »').replace(/'/g, '’')}`,
			hint: 'corrigez la valeur comme le standard l’attend (voir la page du kit sur le répertoire)',
		};
	}
	return { row: where.row, message: `refusé par le standard national (${error instanceof Error ? error.message : String(error)})` };
}

/** A place of the directory as a row of the standard, as the ANCT's library writes it. */
function placeToStandard(id: string, place: Place, maps: TypologyMaps, source: string | undefined): SchemaLieuMediationNumerique {
	const services = [...new Set(place.mediations.flatMap((mediation) => maps.serviceOf.get(mediation) ?? []))];
	const typologie = maps.typologieOf.get(place.structureType);
	const detail = [`Public : ${place.public}`, `Conditions d’accès : ${place.access}`, ...place.limits.map((limit) => `Ne fait pas : ${limit}`)].join('\n');
	const row: SchemaLieuMediationNumerique = {
		id,
		pivot: UNKNOWN_PIVOT,
		nom: place.name,
		adresse: place.address.street,
		code_postal: place.address.postcode,
		commune: place.address.city,
		date_maj: place.updated,
		...(typologie ? { typologie } : {}),
		...(services.length > 0 ? { services: services.join(LIST) } : {}),
		...(place.phone ? { telephone: place.phone } : {}),
		...(place.email ? { courriels: place.email } : {}),
		...(place.hours !== HOURS_UNKNOWN ? { horaires: place.hours } : {}),
		...(place.activities ? { presentation_resume: place.activities } : {}),
		presentation_detail: detail,
		...(source ? { source } : {}),
	};
	return toSchemaLieuMediationNumerique(fromSchemaLieuDeMediationNumerique(row));
}

export interface StandardExport {
	text: string;
	count: number;
	/** Places the standard refuses, by their file: nothing is written then. */
	problems: (CsvProblem & { file: string })[];
}

/** The directory in the standard, CSV (UTF-8, comma-separated, lists joined by "|") or JSON. */
export function exportStandard(graph: ContentGraph, format: StandardFormat): StandardExport {
	const maps = typologyMaps(graph);
	const source = graph.organisation?.name;
	const rows: SchemaLieuMediationNumerique[] = [];
	const problems: StandardExport['problems'] = [];
	const places = [...graph.byCollection.repertoire.values()].sort((a, b) => a.id.localeCompare(b.id));
	for (const place of places) {
		try {
			rows.push(placeToStandard(place.id, place.data, maps, source));
		} catch (error) {
			problems.push({ ...refusal(error, { row: 1 }), file: place.file });
		}
	}
	const text =
		format === 'json'
			? `${JSON.stringify(rows, null, '\t')}\n`
			: stringify(rows.map((row) => STANDARD_COLUMNS.map((column) => String(row[column] ?? ''))), {
					header: true,
					columns: [...STANDARD_COLUMNS],
					record_delimiter: '\n',
				});
	return { text, count: rows.length, problems };
}

/** Rows of a file in the standard: the CSV's lines (the header is line 1), or the JSON array's items. */
function readRows(text: string, format: StandardFormat): { rows: Record<string, unknown>[]; problem?: CsvProblem } {
	const clean = text.replace(/^\uFEFF/, '');
	if (format === 'json') {
		try {
			const data: unknown = JSON.parse(clean);
			if (!Array.isArray(data)) return { rows: [], problem: { row: 1, message: 'le fichier JSON doit être une liste de lieux ([ { … }, { … } ])' } };
			return { rows: data as Record<string, unknown>[] };
		} catch (error) {
			return { rows: [], problem: { row: 1, message: `le fichier n’est pas un JSON lisible (${(error as Error).message})` } };
		}
	}
	const firstLine = clean.slice(0, clean.indexOf('\n') === -1 ? undefined : clean.indexOf('\n'));
	const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	try {
		return { rows: parse(clean, { columns: true, delimiter, skip_empty_lines: true, relax_column_count: true }) as Record<string, unknown>[] };
	} catch (error) {
		return { rows: [], problem: { row: (error as { lines?: number }).lines ?? 1, message: 'le fichier n’est pas un CSV lisible', hint: 'enregistrez le tableau au format « CSV UTF-8 »' } };
	}
}

/** A row's values as the library's input: text everywhere, numbers for the coordinates. */
function schemaRow(raw: Record<string, unknown>): SchemaLieuMediationNumerique {
	const row: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (value === null || value === undefined || value === '') continue;
		row[key] = key === 'latitude' || key === 'longitude' ? Number(value) : String(value).trim();
	}
	return row as SchemaLieuMediationNumerique;
}

/**
 * Reads a file of the national standard into places of the directory. Each row goes through the
 * ANCT's library, then through the kit's typology and the directory's schema; a row refused by any
 * of them is a problem at its line (CSV) or its position in the list (JSON).
 */
export function importStandard(text: string, format: StandardFormat, graph: ContentGraph): ImportResult {
	const { rows, problem } = readRows(text, format);
	if (problem) return { places: [], problems: [problem] };
	const maps = typologyMaps(graph);
	const places: ImportedPlace[] = [];
	const problems: CsvProblem[] = [];
	const seen = new Map<string, number>();
	rows.forEach((raw, index) => {
		// A CSV's first line is its header; a JSON list counts its places from 1.
		const row = format === 'csv' ? index + 2 : index + 1;
		const input = schemaRow(raw);
		try {
			fromSchemaLieuDeMediationNumerique(input);
		} catch (error) {
			problems.push(refusal(error, { row }));
			return;
		}
		const rowProblems: CsvProblem[] = [];
		const id = ID_PATTERN.test(input.id) ? input.id : slugify(input.id);
		if (!ID_PATTERN.test(id)) rowProblems.push({ row, column: 'id', message: `identifiant « ${input.id} » inutilisable comme nom de fichier`, hint: 'des lettres, des chiffres et des tirets' });
		else if (seen.has(id)) rowProblems.push({ row, column: 'id', message: `l’identifiant « ${id} » figure déjà ${format === 'csv' ? 'ligne' : 'au lieu'} ${seen.get(id)}` });
		else seen.set(id, row);

		const typologies = listOf(input.typologie);
		const structureType = typologies.map((code) => maps.structureOf.get(code)).find(Boolean);
		if (!structureType) {
			rowProblems.push({
				row,
				column: 'typologie',
				message: typologies.length === 0 ? 'typologie vide : le répertoire du kit range chaque lieu dans un type de structure' : `aucun type de structure du kit ne correspond à la typologie « ${typologies.join(LIST)} »`,
				hint:
					typologies.length === 0
						? 'indiquez la typologie du lieu (BIB, CCAS, ASSO…) dans le fichier'
						: `ajoutez « typologie: ${typologies[0]} » au type de structure qui lui correspond dans content/types-structures/`,
			});
		}
		const services = listOf(input.services);
		const unknown = services.filter((service) => !maps.mediationOf.has(service));
		for (const service of unknown) {
			rowProblems.push({
				row,
				column: 'services',
				message: `aucun type de médiation du kit ne correspond au service « ${service} »`,
				hint: `ajoutez « service: ${service} » au type de médiation qui lui correspond dans content/typologie/`,
			});
		}
		if (services.length === 0) rowProblems.push({ row, column: 'services', message: 'aucun service : le répertoire du kit dit quelles médiations chaque lieu propose', hint: 'indiquez au moins un service du standard' });

		const data = {
			name: input.nom,
			address: { street: input.adresse, postcode: input.code_postal, city: input.commune },
			...(input.telephone ? { phone: input.telephone } : {}),
			...(listOf(input.courriels)[0] ? { email: listOf(input.courriels)[0] } : {}),
			structureType: structureType ?? '',
			mediations: [...new Set(services.flatMap((service) => maps.mediationOf.get(service) ?? []))],
			...(input.presentation_resume ? { activities: input.presentation_resume } : {}),
			public: listOf(input.publics_specifiquement_adresses).join(', ') || 'Tout public',
			access: [...listOf(input.modalites_acces), ...listOf(input.frais_a_charge)].join(', ') || 'Non renseignées',
			hours: input.horaires ?? HOURS_UNKNOWN,
			updated: input.date_maj.slice(0, 10),
		};
		if (rowProblems.length === 0) {
			const result = validate(PlaceSchema, data);
			for (const found of result.problems) {
				const field = found.path.join('.');
				// The column names the field: the message need not repeat its YAML path.
				rowProblems.push({ row, column: COLUMN_OF_FIELD[field] ?? (field || undefined), message: found.message.replace(/^«[^:]*» : /, ''), hint: found.hint });
			}
			if (result.data && rowProblems.length === 0) places.push({ id, row, data: result.data });
		}
		problems.push(...rowProblems);
	});
	return { places, problems };
}
