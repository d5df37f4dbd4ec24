// Schema validation in plain French: each zod issue becomes a message, a hint and the path it is about.
import { z } from 'zod';
import { closest } from './suggest.ts';

/** What a contributor reads next to a field name, and an example of a correct line. */
const FIELDS: Record<string, { gloss: string; example?: string }> = {
	title: { gloss: 'titre', example: 'title: Connaître les fondamentaux du numérique' },
	number: { gloss: 'numéro affiché dans le catalogue', example: 'number: "10A"' },
	section: { gloss: 'section du catalogue', example: 'section: le-numerique' },
	summary: { gloss: 'résumé en une ou deux phrases' },
	objectives: { gloss: 'objectifs', example: 'une ligne « - objectif » par objectif' },
	prerequisites: { gloss: 'prérequis', example: '« - identifiant-du-module », ou « - text: compétence »' },
	competences: { gloss: 'compétences visées', example: 'savoir, savoirFaire et savoirEtre, chacun une liste' },
	methods: { gloss: 'méthodes' },
	resources: { gloss: 'ressources' },
	followUps: { gloss: 'prolongements possibles', example: 'une ligne « - identifiant-du-module » par module' },
	duration: { gloss: 'durée en heures', example: 'duration: 7 (un nombre, sans « h »)' },
	participants: { gloss: 'taille du groupe', example: 'participants: { max: 15 }' },
	keywords: { gloss: 'mots-clés' },
	version: { gloss: 'version', example: 'version: 1.2.0' },
	updated: { gloss: 'date de mise à jour', example: 'updated: 2025-09-12' },
	changelog: { gloss: 'journal des modifications', example: '- { version: 1.1.0, date: 2025-09-12, summary: "…" }' },
	authors: { gloss: 'autrices et auteurs', example: '- name: Prénom Nom' },
	licence: { gloss: 'licence', example: 'licence: CC-BY-SA-4.0' },
	derivedFrom: { gloss: 'contenu d’origine', example: 'derivedFrom: { source: "…", id: "…", version: 1.0.0 }' },
	contributors: { gloss: 'contributrices et contributeurs', example: '- name: Prénom Nom' },
	modified: { gloss: 'modifié depuis l’original', example: 'modified: true' },
	legalName: { gloss: 'raison sociale' },
	siret: { gloss: 'numéro SIRET', example: 'siret: "123 456 789 00012"' },
	registration: { gloss: 'déclaration d’activité', example: 'registration: { number: "76 31 00000 31", region: Occitanie }' },
	qualiopi: { gloss: 'certification Qualiopi', example: 'qualiopi: { certifier: "…", categories: [actions de formation] }' },
	training: { gloss: 'informations d’organisme de formation' },
	upstream: { gloss: 'commun d’origine', example: 'upstream: { name: "…", repository: https://… }' },
	name: { gloss: 'nom' },
	age: { gloss: 'âge', example: 'age: 72' },
	place: { gloss: 'lieu où la personne se présente', example: 'place: mairie' },
	situation: { gloss: 'situation' },
	definition: { gloss: 'définition' },
	source: { gloss: 'source' },
	order: { gloss: 'position', example: 'order: 2' },
	audience: { gloss: 'public visé' },
	steps: { gloss: 'étapes', example: 'une ligne « - identifiant-du-module » par étape' },
	job: { gloss: 'métier' },
	chapter: { gloss: 'chapitre du kit' },
	term: { gloss: 'terme' },
	contact: { gloss: 'contact' },
	address: { gloss: 'adresse' },
	territory: { gloss: 'territoire', example: 'une ligne « - département » par territoire' },
	shortName: { gloss: 'nom court' },
	email: { gloss: 'adresse électronique', example: 'email: contact@exemple.org' },
	city: { gloss: 'ville' },
	max: { gloss: 'nombre maximum', example: 'max: 15' },
	min: { gloss: 'nombre minimum', example: 'min: 4' },
	date: { gloss: 'date', example: 'date: 2025-09-12' },
	minutes: { gloss: 'durée en minutes', example: 'minutes: 45' },
	url: { gloss: 'adresse web', example: 'url: https://exemple.org/page' },
	anyOf: { gloss: 'un module au choix parmi plusieurs', example: 'anyOf: [module-a, module-b]' },
	text: { gloss: 'compétence attendue', example: 'text: Savoir naviguer sur internet' },
	orModule: { gloss: 'module qui remplace la compétence', example: 'orModule: identifiant-du-module' },
	module: { gloss: 'module', example: 'module: identifiant-du-module' },
};

const TYPE_NAMES: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	int: 'un nombre entier',
	boolean: 'oui ou non (true ou false)',
	array: 'une liste',
	object: 'un ensemble de champs',
	date: 'une date',
	null: 'une valeur vide',
	undefined: 'rien',
};

function describeValue(input: unknown): string {
	if (input === null) return TYPE_NAMES.null!;
	if (Array.isArray(input)) return TYPE_NAMES.array!;
	if (input instanceof Date) return TYPE_NAMES.date!;
	return TYPE_NAMES[typeof input] ?? typeof input;
}

function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `« ${text} »`;
}

/** Default French wording for issues the schema gives no message of its own. */
export const frenchIssueMessage: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return `${TYPE_NAMES[issue.expected] ?? issue.expected} est attendu, ${describeValue(issue.input)} trouvé`;
		case 'too_small':
			if (issue.origin === 'array') return `au moins ${issue.minimum} élément(s) attendu(s)`;
			if (issue.origin === 'string') return 'ce texte est vide';
			return `la valeur doit être au moins ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `au plus ${issue.maximum} élément(s) attendu(s)`;
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

export interface SchemaProblem {
	/** Path of the value the problem is about (for a missing field: its parent). */
	path: (string | number)[];
	/** Whether to point at the key rather than the value (an unknown field). */
	atKey: boolean;
	message: string;
	hint?: string;
}

/** Keys an object schema accepts at `path`, looking through wrappers, lists and unions. */
function knownKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
	let candidates: z.core.$ZodType[] = [schema];
	const unwrap = (node: z.core.$ZodType): z.core.$ZodType[] => {
		const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
		switch (def.type) {
			case 'optional':
			case 'default':
			case 'prefault':
			case 'nullable':
			case 'readonly':
			case 'catch':
				return unwrap(def.innerType as z.core.$ZodType);
			case 'pipe':
				return unwrap(def.in as z.core.$ZodType);
			case 'union':
				return (def.options as z.core.$ZodType[]).flatMap(unwrap);
			default:
				return [node];
		}
	};
	for (const segment of path) {
		const next: z.core.$ZodType[] = [];
		for (const candidate of candidates.flatMap(unwrap)) {
			const def = candidate._zod.def as unknown as Record<string, unknown> & { type: string };
			if (def.type === 'object' && typeof segment === 'string') {
				const shape = def.shape as Record<string, z.core.$ZodType>;
				if (shape[segment]) next.push(shape[segment]);
			} else if (def.type === 'array' && typeof segment === 'number') {
				next.push(def.element as z.core.$ZodType);
			}
		}
		candidates = next;
	}
	return candidates.flatMap(unwrap).flatMap((candidate) => {
		const def = candidate._zod.def as unknown as Record<string, unknown> & { type: string };
		return def.type === 'object' ? Object.keys(def.shape as object) : [];
	});
}

function gloss(key: string | number | undefined): string {
	return typeof key === 'string' && FIELDS[key] ? ` (${FIELDS[key].gloss})` : '';
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

function hintFor(path: readonly (string | number)[]): string {
	const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
	const field = key ? FIELDS[key] : undefined;
	if (field?.example) return `exemple : ${field.example}`;
	return key
		? `la liste des champs et leur forme est dans CONTRIBUTING.md, rubrique « ${key} »`
		: 'comparez avec un fichier voisin qui fonctionne (voir CONTRIBUTING.md)';
}

/** A union failed: report the branch that got furthest, or the union's own message. */
function unionBranchIssues(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
	const branches = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
	if (branches.length !== 1) return undefined;
	return branches[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue);
}

function toProblems(issue: z.core.$ZodIssue, schema: z.ZodType): SchemaProblem[] {
	const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
	const key = path.at(-1);
	if (issue.code === 'invalid_union') {
		const inner = unionBranchIssues(issue);
		if (inner) return inner.flatMap((innerIssue) => toProblems(innerIssue, schema));
	}
	if ('input' in issue && issue.input === undefined && typeof key === 'string') {
		return [
			{
				path: path.slice(0, -1),
				atKey: false,
				message: `champ obligatoire ${quote(key)}${gloss(key)} manquant`,
				hint: FIELDS[key]?.example
					? `ajoutez ce champ, par exemple : ${FIELDS[key].example}`
					: `ajoutez une ligne « ${key}: … »`,
			},
		];
	}
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeysAt(schema, path);
		return issue.keys.map((unknownKey) => {
			const suggestion = closest(unknownKey, known);
			return {
				path: [...path, unknownKey],
				atKey: true,
				message: `champ inconnu ${quote(unknownKey)}`,
				hint: suggestion
					? `vouliez-vous dire ${quote(suggestion)} ?`
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
	const field = path.length > 0 ? `${describePath(path)} : ` : '';
	// A schema may give its own hint with the message (see computedField).
	const ownHint = issue.code === 'custom' && typeof issue.params?.hint === 'string' ? issue.params.hint : undefined;
	return [{ path, atKey: false, message: `${field}${issue.message}`, hint: ownHint ?? hintFor(path) }];
}

export interface SchemaResult<T> {
	data?: T;
	problems: SchemaProblem[];
}

/** Validates `input` and explains every problem in French. */
export function validate<T>(schema: z.ZodType<T>, input: unknown): SchemaResult<T> {
	const result = schema.safeParse(input, { reportInput: true, error: frenchIssueMessage });
	if (result.success) return { data: result.data, problems: [] };
	return { problems: result.error.issues.flatMap((issue) => toProblems(issue, schema)) };
}
