// The registry of collections: everything the project knows about each kind of content, in one
// place. Folders, schemas, routes, directives, search types, French names, versioning and the
// `npm run new` templates all come from here; other modules derive their tables from it.
import type { z } from 'zod';
import {
	CataloguePageSchema,
	DeckSchema,
	KitPageSchema,
	MediationCategorySchema,
	ModuleSchema,
	ParcoursSchema,
	PersonaSchema,
	RepereSchema,
	PlaceSchema,
	QuestionnaireSchema,
	RoleSchema,
	ScenarioSchema,
	SectionSchema,
	StructureFamilySchema,
	TermSchema,
} from './schemas/index.ts';
import { deckTemplate, moduleTemplate, parcoursTemplate, personaTemplate, type Template } from './templates.ts';

export type ContentFormat = 'markdown' | 'data';

/** How French names an entry of the collection, for messages that agree with it. */
export interface FrenchNoun {
	/** "module", "persona", "page du kit". */
	singular: string;
	/** "modules", "personas", "pages du kit": the editor's menu. */
	plural: string;
	/** Grammatical gender: « module inconnu », « persona inconnue ». */
	gender: 'm' | 'f';
}

export interface CollectionSpec {
	/** Folder under the content root. */
	folder: string;
	format: ContentFormat;
	schema: z.ZodType;
	/** Whether entries may sit in sub-folders (their id then contains "/"). */
	nested: boolean;
	noun: FrenchNoun;
	/**
	 * Where the collection lives on the site: a page per entry under `/<prefix>/<id>/`, or, with
	 * `onePage`, one page at `/<prefix>/` where each entry is a section anchored by its id.
	 */
	route: { prefix: string; onePage?: boolean };
	/** The inline directive that links to an entry from any text: `:module[id]`. */
	directive?: string;
	/** The value of the search's « type » filter for the collection's pages. */
	searchType?: string;
	/** Whether entries carry a version and a changelog (and so a history page). */
	versioned: boolean;
	/** `npm run new -- <kind> <id>` writes an entry from this template. */
	template?: { kind: string; render: Template };
	/** The heading of CONTRIBUTING.md that describes the collection's fields. */
	guide: string;
}

export const collections = {
	modules: {
		folder: 'modules',
		format: 'markdown',
		schema: ModuleSchema,
		nested: false,
		noun: { singular: 'module', plural: 'modules', gender: 'm' },
		route: { prefix: 'modules' },
		directive: 'module',
		searchType: 'Module',
		versioned: true,
		template: { kind: 'module', render: moduleTemplate },
		guide: 'Les champs d’un module',
	},
	sections: {
		folder: 'sections',
		format: 'markdown',
		schema: SectionSchema,
		nested: false,
		noun: { singular: 'section', plural: 'sections', gender: 'f' },
		route: { prefix: 'sections' },
		directive: 'section',
		searchType: 'Section',
		versioned: false,
		guide: 'Les champs d’une section',
	},
	parcours: {
		folder: 'parcours',
		format: 'markdown',
		schema: ParcoursSchema,
		nested: false,
		noun: { singular: 'parcours', plural: 'parcours', gender: 'm' },
		route: { prefix: 'parcours' },
		directive: 'parcours',
		searchType: 'Parcours',
		versioned: true,
		template: { kind: 'parcours', render: parcoursTemplate },
		guide: 'Les champs d’un parcours',
	},
	personas: {
		folder: 'personas',
		format: 'markdown',
		schema: PersonaSchema,
		nested: false,
		noun: { singular: 'persona', plural: 'personas', gender: 'f' },
		route: { prefix: 'personas' },
		directive: 'persona',
		searchType: 'Persona',
		versioned: false,
		template: { kind: 'persona', render: personaTemplate },
		guide: 'Les champs d’une persona',
	},
	roles: {
		folder: 'roles',
		format: 'markdown',
		schema: RoleSchema,
		nested: false,
		noun: { singular: 'rôle', plural: 'rôles', gender: 'm' },
		route: { prefix: 'roles' },
		directive: 'role',
		searchType: 'Rôle professionnel',
		versioned: false,
		guide: 'Les champs d’un terme du glossaire, d’un rôle et d’une page de repères',
	},
	glossaire: {
		folder: 'glossaire',
		format: 'markdown',
		schema: TermSchema,
		nested: false,
		noun: { singular: 'terme du glossaire', plural: 'termes du glossaire', gender: 'm' },
		route: { prefix: 'glossaire' },
		directive: 'term',
		searchType: 'Glossaire',
		versioned: false,
		guide: 'Les champs d’un terme du glossaire, d’un rôle et d’une page de repères',
	},
	decks: {
		folder: 'decks',
		format: 'markdown',
		schema: DeckSchema,
		nested: false,
		noun: { singular: 'support de présentation', plural: 'supports de présentation', gender: 'm' },
		route: { prefix: 'decks' },
		directive: 'deck',
		searchType: 'Support de présentation',
		versioned: true,
		template: { kind: 'deck', render: deckTemplate },
		guide: 'L’en-tête d’un support',
	},
	kit: {
		folder: 'kit',
		format: 'markdown',
		schema: KitPageSchema,
		nested: true,
		noun: { singular: 'page du kit', plural: 'pages du kit', gender: 'f' },
		route: { prefix: 'kit' },
		directive: 'kit',
		searchType: 'Kit réseau',
		versioned: true,
		guide: 'Le kit réseau',
	},
	catalogue: {
		folder: 'catalogue',
		format: 'markdown',
		schema: CataloguePageSchema,
		nested: false,
		noun: { singular: 'page du catalogue', plural: 'pages du catalogue', gender: 'f' },
		route: { prefix: 'catalogue' },
		searchType: 'Présentation du catalogue',
		versioned: false,
		guide: 'Les champs d’une page du catalogue',
	},
	reperes: {
		folder: 'reperes',
		format: 'markdown',
		schema: RepereSchema,
		nested: false,
		noun: { singular: 'page de repères', plural: 'pages de repères', gender: 'f' },
		route: { prefix: 'reperes' },
		searchType: 'Repères',
		versioned: false,
		guide: 'Les champs d’un terme du glossaire, d’un rôle et d’une page de repères',
	},
	// The kit's data: classifications, the directory of places, questionnaires and scenarios.
	typologie: {
		folder: 'typologie',
		format: 'data',
		schema: MediationCategorySchema,
		nested: false,
		noun: { singular: 'catégorie de médiation', plural: 'catégories de médiation', gender: 'f' },
		route: { prefix: 'kit/typologie-mediations', onePage: true },
		versioned: false,
		guide: 'Le kit réseau',
	},
	structures: {
		folder: 'types-structures',
		format: 'data',
		schema: StructureFamilySchema,
		nested: false,
		noun: { singular: 'famille de structures', plural: 'familles de structures', gender: 'f' },
		route: { prefix: 'kit/types-structures', onePage: true },
		versioned: false,
		guide: 'Le kit réseau',
	},
	repertoire: {
		folder: 'repertoire',
		format: 'data',
		schema: PlaceSchema,
		nested: false,
		noun: { singular: 'lieu du répertoire', plural: 'lieux du répertoire', gender: 'm' },
		route: { prefix: 'repertoire', onePage: true },
		versioned: false,
		guide: 'Le répertoire des lieux',
	},
	questionnaires: {
		folder: 'questionnaires',
		format: 'data',
		schema: QuestionnaireSchema,
		nested: false,
		noun: { singular: 'questionnaire', plural: 'questionnaires', gender: 'm' },
		route: { prefix: 'kit' },
		searchType: 'Kit réseau',
		versioned: false,
		guide: 'Le kit réseau',
	},
	scenarios: {
		folder: 'scenarios',
		format: 'data',
		schema: ScenarioSchema,
		nested: false,
		noun: { singular: 'scénario', plural: 'scénarios', gender: 'm' },
		route: { prefix: 'kit/scenarios', onePage: true },
		versioned: false,
		guide: 'Le kit réseau',
	},
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

export const collectionNames = Object.keys(collections) as CollectionName[];

export type CollectionData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;

/** The spec of a collection, typed as the general shape (optional fields readable). */
export function specOf(collection: CollectionName): CollectionSpec {
	return collections[collection];
}

type VersionedName<C extends CollectionName = CollectionName> = C extends unknown
	? (typeof collections)[C]['versioned'] extends true
		? C
		: never
	: never;

/** Collections whose entries carry a version and a changelog, in registry order. */
export type VersionedCollection = VersionedName;
export const VERSIONED_COLLECTIONS = collectionNames.filter((name) => specOf(name).versioned) as VersionedCollection[];

export function isVersionedCollection(name: string): name is VersionedCollection {
	return (VERSIONED_COLLECTIONS as readonly string[]).includes(name);
}

type DirectiveOf<C extends CollectionName> = (typeof collections)[C] extends { directive: infer D extends string } ? D : never;

/** The reference directives: `:module[id]` names an entry of `modules`, and so on. */
export type ReferenceDirectiveName = { [C in CollectionName]: DirectiveOf<C> }[CollectionName];
export const REFERENCE_DIRECTIVES = Object.fromEntries(
	collectionNames.flatMap((name) => {
		const directive = specOf(name).directive;
		return directive ? [[directive, name]] : [];
	}),
) as Record<ReferenceDirectiveName, CollectionName>;

export function isReferenceDirective(name: string): name is ReferenceDirectiveName {
	return Object.hasOwn(REFERENCE_DIRECTIVES, name);
}

/** `npm run new` kinds: "module", "persona"… with the collection each writes into. */
export const NEW_KINDS = collectionNames.flatMap((name) => {
	const template = specOf(name).template;
	return template ? [{ kind: template.kind, collection: name, render: template.render }] : [];
});

/** « module inconnu », « persona inconnue ». */
export function unknownNoun(collection: CollectionName): string {
	const { singular, gender } = specOf(collection).noun;
	return `${singular} ${gender === 'f' ? 'inconnue' : 'inconnu'}`;
}

/** « Chaque module cité », « Chaque persona citée ». */
export function eachCitedNoun(collection: CollectionName): string {
	const { singular, gender } = specOf(collection).noun;
	return `Chaque ${singular} ${gender === 'f' ? 'citée' : 'cité'}`;
}

export const MARKDOWN_EXTENSIONS = ['.mdx', '.md'] as const;
export const DATA_EXTENSIONS = ['.yaml', '.yml'] as const;

export function extensionsOf(format: ContentFormat): readonly string[] {
	return format === 'markdown' ? MARKDOWN_EXTENSIONS : DATA_EXTENSIONS;
}

/** The id of an entry: its path inside the collection folder, without extension, with "/" separators. */
export function idFromPath(relativePath: string): string {
	return relativePath.replaceAll('\\', '/').replace(/\.(mdx|md|yaml|yml)$/, '');
}

/** The publisher file, at the root of the content folder. */
export const ORGANISATION_FILE = 'organisation.yaml';

/** The accessibility statement, optional, at the root of the content folder. */
export const ACCESSIBILITY_FILE = 'accessibilite.yaml';
