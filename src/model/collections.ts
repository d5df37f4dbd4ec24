// The registry of collections: where each lives under content/, its format and its schema.
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

export type ContentFormat = 'markdown' | 'data';

export interface CollectionSpec {
	/** Folder under the content root. */
	folder: string;
	format: ContentFormat;
	schema: z.ZodType;
	/** Whether entries may sit in sub-folders (their id then contains "/"). */
	nested: boolean;
	/** How a contributor names one entry, in French, for messages ("module", "persona"). */
	label: string;
}

export const collections = {
	modules: { folder: 'modules', format: 'markdown', schema: ModuleSchema, nested: false, label: 'module' },
	sections: { folder: 'sections', format: 'markdown', schema: SectionSchema, nested: false, label: 'section' },
	parcours: { folder: 'parcours', format: 'markdown', schema: ParcoursSchema, nested: false, label: 'parcours' },
	personas: { folder: 'personas', format: 'markdown', schema: PersonaSchema, nested: false, label: 'persona' },
	roles: { folder: 'roles', format: 'markdown', schema: RoleSchema, nested: false, label: 'rôle' },
	glossaire: { folder: 'glossaire', format: 'markdown', schema: TermSchema, nested: false, label: 'terme du glossaire' },
	decks: { folder: 'decks', format: 'markdown', schema: DeckSchema, nested: false, label: 'support de présentation' },
	kit: { folder: 'kit', format: 'markdown', schema: KitPageSchema, nested: true, label: 'page du kit' },
	catalogue: { folder: 'catalogue', format: 'markdown', schema: CataloguePageSchema, nested: false, label: 'page du catalogue' },
	reperes: { folder: 'reperes', format: 'markdown', schema: RepereSchema, nested: false, label: 'page de repères' },
	// The kit's data: classifications, the directory of places, questionnaires and scenarios.
	typologie: { folder: 'typologie', format: 'data', schema: MediationCategorySchema, nested: false, label: 'catégorie de médiation' },
	structures: { folder: 'types-structures', format: 'data', schema: StructureFamilySchema, nested: false, label: 'famille de structures' },
	repertoire: { folder: 'repertoire', format: 'data', schema: PlaceSchema, nested: false, label: 'lieu du répertoire' },
	questionnaires: { folder: 'questionnaires', format: 'data', schema: QuestionnaireSchema, nested: false, label: 'questionnaire' },
	scenarios: { folder: 'scenarios', format: 'data', schema: ScenarioSchema, nested: false, label: 'scénario' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

export const collectionNames = Object.keys(collections) as CollectionName[];

export type CollectionData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;

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
