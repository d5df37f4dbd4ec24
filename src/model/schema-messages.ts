// Schema validation in plain French: each zod issue becomes a message, a hint and the path it is about.
import { z } from 'zod';
import { fieldMeta, knownKeysAt } from './schema-walk.ts';
import { closest } from './suggest.ts';

/** How French names a kind of value, with its gender for « attendu·e » and « trouvé·e ». */
const TYPE_NAMES: Record<string, { name: string; feminine: boolean }> = {
	string: { name: 'un texte', feminine: false },
	number: { name: 'un nombre', feminine: false },
	int: { name: 'un nombre entier', feminine: false },
	boolean: { name: 'oui ou non (true ou false)', feminine: false },
	array: { name: 'une liste', feminine: true },
	object: { name: 'un ensemble de champs', feminine: false },
	date: { name: 'une date', feminine: true },
	null: { name: 'une valeur vide', feminine: true },
	undefined: { name: 'rien', feminine: false },
};

function typeOf(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'array';
	if (input instanceof Date) return 'date';
	return typeof input;
}

/** « une liste est attendue, une valeur vide trouvée ». */
function expectedFound(expected: string, input: unknown): string {
	const wanted = TYPE_NAMES[expected] ?? { name: expected, feminine: false };
	const found = TYPE_NAMES[typeOf(input)] ?? { name: typeOf(input), feminine: false };
	return `${wanted.name} est ${wanted.feminine ? 'attendue' : 'attendu'}, ${found.name} ${found.feminine ? 'trouvée' : 'trouvé'}`;
}

function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `« ${text} »`;
}

/** Default French wording for issues the schema gives no message of its own. */
export const frenchIssueMessage: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return expectedFound(issue.expected, issue.input);
		case 'too_small':
			if (issue.origin === 'array') return Number(issue.minimum) > 1 ? `au moins ${issue.minimum} éléments attendus` : 'au moins un élément attendu';
			if (issue.origin === 'string') return 'ce texte est vide';
			return `la valeur doit être au moins ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return Number(issue.maximum) > 1 ? `au plus ${issue.maximum} éléments attendus` : 'au plus un élément attendu';
			if (issue.origin === 'string') return `texte trop long (au plus ${issue.maximum} caractères)`;
			return `la valeur doit être au plus ${issue.maximum}`;
		case 'invalid_value':
			return `valeur ${quote(issue.input)} non prévue ; valeurs possibles : ${issue.values.map(String).join(', ')}`;
		case 'invalid_format':
			return `format invalide (${issue.format})`;
		case 'unrecognized_keys':
			return `champ inconnu ${issue.keys.map(quote).join(', ')}`;
		case 'invalid_union':
			return 'valeur de forme inattendue';
		default:
			return 'valeur invalide';
	}
};

/** A value YAML read as one « nom: valeur » pair: what a colon inside a text turns it into. */
function isOneField(input: unknown): input is Record<string, unknown> {
	if (input === null || typeof input !== 'object' || Array.isArray(input) || input instanceof Date) return false;
	const values = Object.values(input);
	return values.length === 1 && (values[0] === null || ['string', 'number', 'boolean'].includes(typeof values[0]));
}

export interface SchemaProblem {
	/** Path of the value the problem is about (for a missing field: its parent). */
	path: (string | number)[];
	/** Whether to point at the key rather than the value (an unknown field). */
	atKey: boolean;
	message: string;
	hint?: string;
	/** For a missing field: the path the field would have, to name it in a table's column. */
	missing?: (string | number)[];
}

/** The field's French name and example line, read from the schema at `path`. */
function gloss(schema: z.ZodType, path: readonly (string | number)[]): string {
	const title = fieldMeta(schema, path)?.title;
	return title ? ` (${title})` : '';
}

/**
 * The field a contributor named in French (« duree », « résumé », « objectifs »): the known field
 * whose French title, or its first word, is that name give or take a typo.
 */
function fieldNamedInFrench(schema: z.ZodType, path: readonly (string | number)[], known: readonly string[], name: string): string | undefined {
	const byTitle = new Map<string, string>();
	for (const key of known) {
		const title = fieldMeta(schema, [...path, key])?.title;
		if (!title) continue;
		for (const words of [title, title.split(/[\s’']/)[0]!]) if (!byTitle.has(words)) byTitle.set(words, key);
	}
	const title = closest(name, byTitle.keys());
	return title === undefined ? undefined : byTitle.get(title);
}

/** ['prerequisites', 1, 'anyOf'] → "« prerequisites » (élément 2) › « anyOf »". */
export function describePath(path: readonly (string | number)[]): string {
	const parts: string[] = [];
	for (const segment of path) {
		if (typeof segment === 'number') {
			if (parts.length > 0) parts[parts.length - 1] += ` (élément ${segment + 1})`;
			else parts.push(`élément ${segment + 1}`);
		} else parts.push(quote(segment));
	}
	return parts.join(' › ');
}

function hintFor(schema: z.ZodType, path: readonly (string | number)[], guide: string | undefined): string {
	const lastKey = path.findLastIndex((segment) => typeof segment === 'string');
	const example = lastKey === -1 ? undefined : fieldMeta(schema, path.slice(0, lastKey + 1))?.example;
	if (example) return `exemple : ${example}`;
	return guide
		? `la forme de chaque champ est décrite dans CONTRIBUTING.md, rubrique « ${guide} »`
		: 'comparez avec un fichier voisin qui fonctionne (voir CONTRIBUTING.md)';
}

/** A union failed: report the branch that got furthest, or the union's own message. */
function unionBranchIssues(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
	const branches = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
	if (branches.length !== 1) return undefined;
	return branches[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue);
}

function toProblems(issue: z.core.$ZodIssue, schema: z.ZodType, guide: string | undefined): SchemaProblem[] {
	const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
	const key = path.at(-1);
	if (issue.code === 'invalid_union') {
		// « text, or { text, … } » read as one field no branch knows: a colon inside a text, as below.
		const text = isOneField(issue.input) && !knownKeysAt(schema, path).includes(Object.keys(issue.input)[0]!)
			? issue.errors.flat().find((inner) => inner.code === 'invalid_type' && inner.expected === 'string' && inner.path.length === 0)
			: undefined;
		if (text) return toProblems({ ...text, path: issue.path, input: issue.input } as z.core.$ZodIssue, schema, guide);
		const inner = unionBranchIssues(issue);
		if (inner) return inner.flatMap((innerIssue) => toProblems(innerIssue, schema, guide));
	}
	if ('input' in issue && issue.input === undefined && typeof key === 'string') {
		const example = fieldMeta(schema, path)?.example;
		return [
			{
				path: path.slice(0, -1),
				atKey: false,
				missing: path,
				message: `champ obligatoire ${quote(key)}${gloss(schema, path)} manquant`,
				hint: example ? `ajoutez ce champ, par exemple : ${example}` : `ajoutez une ligne « ${key}: … »`,
			},
		];
	}
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeysAt(schema, path);
		return issue.keys.map((unknownKey) => {
			const suggestion = closest(unknownKey, known);
			const translated = suggestion ? undefined : fieldNamedInFrench(schema, path, known, unknownKey);
			return {
				path: [...path, unknownKey],
				atKey: true,
				message: `champ inconnu ${quote(unknownKey)}`,
				hint: suggestion
					? `vouliez-vous dire ${quote(suggestion)} ?`
					: translated
						? `vouliez-vous dire ${quote(translated)}${gloss(schema, [...path, translated])} ? les noms des champs s’écrivent en anglais`
						: `champs possibles ici : ${known.join(', ')}`,
			};
		});
	}
	if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
		const suggestion = closest(issue.input, issue.values.map(String));
		return [
			{
				path,
				atKey: false,
				message: `${describePath(path)} : valeur ${quote(issue.input)} non prévue`,
				hint: suggestion
					? `vouliez-vous dire ${quote(suggestion)} ? (valeurs possibles : ${issue.values.join(', ')})`
					: `valeurs possibles : ${issue.values.join(', ')}`,
			},
		];
	}
	if (issue.code === 'invalid_type' && issue.expected === 'string' && isOneField(issue.input)) {
		// `- Exercice : mises en situation`: YAML read the colon as a field, where a text was meant.
		const [key, value] = Object.entries(issue.input)[0]!;
		const written = value === null || value === undefined ? `${key} :` : `${key} : ${String(value)}`;
		const last = path.at(-1);
		return [
			{
				path,
				atKey: false,
				message: `${describePath(path)} : un texte est attendu, mais le « : » suivi d’une espace en a fait un champ « ${key} »`,
				hint: `mettez le texte entre guillemets : ${typeof last === 'number' ? '- ' : `${String(last)}: `}"${written.replaceAll('"', '\\"')}"`,
			},
		];
	}
	const field = path.length > 0 ? `${describePath(path)} : ` : '';
	// A schema may give its own hint with the message (see computedField).
	const ownHint = issue.code === 'custom' && typeof issue.params?.hint === 'string' ? issue.params.hint : undefined;
	return [{ path, atKey: false, message: `${field}${issue.message}`, hint: ownHint ?? hintFor(schema, path, guide) }];
}

export interface SchemaResult<T> {
	data?: T;
	problems: SchemaProblem[];
}

/**
 * Validates `input` and explains every problem in French. `guide` names the CONTRIBUTING.md section
 * that describes the fields, for hints that have no example of their own.
 */
export function validate<T>(schema: z.ZodType<T>, input: unknown, guide?: string): SchemaResult<T> {
	const result = schema.safeParse(input, { reportInput: true, error: frenchIssueMessage });
	if (result.success) return { data: result.data, problems: [] };
	return { problems: result.error.issues.flatMap((issue) => toProblems(issue, schema, guide)) };
}
