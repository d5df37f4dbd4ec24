// The shape of the open-data catalogue (dist/donnees/catalogue.json), built from the collection
// registry and the content schemas: every collection, with every field of its schema, reaches the
// export and its JSON Schema without being listed here. Only what the site adds is written here:
// each entity's id, its addresses, its Markdown text, and the few totals the site computes.
import { z } from 'zod';
import { collectionNames, collections, type CollectionName } from '../model/collections.ts';
import { AccessibilityStatementSchema, OrganisationSchema } from '../model/schemas/index.ts';

/** The version of the export's shape: a change that could break a reader's code raises the major number. */
export const FORMAT_VERSION = '1.0.0';

/** The licence of the content, unless an entry says otherwise (its `licence`). */
export const CONTENT_LICENCE = 'CC-BY-SA-4.0';

const Address = z.string().meta({ description: 'adresse absolue quand le site a une adresse publique, sinon chemin depuis la racine du serveur' });

export const LinksSchema = z.strictObject({
	page: Address.meta({ title: 'page du site' }).optional(),
	pdf: Address.meta({ title: 'PDF à imprimer' }).optional(),
	history: Address.meta({ title: 'historique des versions' }).optional(),
	trainerSheet: Address.meta({ title: 'fiche de l’animateur·rice' }).optional(),
	trainerSheetPdf: Address.meta({ title: 'fiche de l’animateur·rice à imprimer' }).optional(),
	badge: Address.meta({ title: 'badge Open Badges 3.0 (Achievement)' }).optional(),
});

/** Fields the export adds to every entity; no content schema may use these names. */
export const ADDED_FIELDS = ['id', 'links', 'body'] as const;

/** What the site computes for some collections, beside the entry's own fields. */
const computedFields = {
	parcours: {
		duration: z.number().nonnegative().meta({ title: 'durée totale en heures', description: 'somme des durées des modules des étapes' }),
		modulesWithoutDuration: z
			.array(z.string())
			.meta({ title: 'modules sans durée', description: 'modules des étapes que la durée totale laisse de côté faute de durée' }),
	},
} satisfies Partial<Record<CollectionName, z.ZodRawShape>>;

type ComputedFields = typeof computedFields;

function entitySchema<C extends CollectionName>(collection: C) {
	const schema = collections[collection].schema as unknown as z.ZodObject;
	for (const name of ADDED_FIELDS) {
		if (name in schema.shape) throw new Error(`le champ « ${name} » de la collection « ${collection} » est réservé à l’export (src/open-data/catalogue-schema.ts)`);
	}
	const added = collections[collection].format === 'markdown' ? { body: z.string().meta({ title: 'texte en Markdown (MDX)' }) } : {};
	const computed = (computedFields as Partial<Record<CollectionName, z.ZodRawShape>>)[collection] ?? {};
	return z.strictObject({
		id: z.string().meta({ title: 'identifiant' }),
		links: LinksSchema,
		...schema.shape,
		...added,
		...computed,
	});
}

type EntityData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;

/** One exported entity: its id and addresses, its fields, and what the site computes for it. */
export type Entity<C extends CollectionName> = Omit<EntityData<C>, keyof (C extends keyof ComputedFields ? ComputedFields[C] : object)> & {
	id: string;
	links: z.output<typeof LinksSchema>;
	body?: string;
} & (C extends keyof ComputedFields ? z.output<z.ZodObject<ComputedFields[C]>> : object);

export const CatalogueSchema = z.strictObject({
	$schema: z.string().meta({ title: 'adresse du schéma JSON de ce fichier' }),
	formatVersion: z.literal(FORMAT_VERSION).meta({ title: 'version du format' }),
	licence: z.literal(CONTENT_LICENCE).meta({ title: 'licence du contenu (sauf mention contraire d’une entrée)' }),
	site: z.string().meta({ title: 'adresse publique du site' }).optional(),
	updated: z.iso.date().meta({ title: 'date de la plus récente mise à jour d’un contenu' }).optional(),
	organisation: OrganisationSchema.meta({ title: 'structure éditrice du catalogue' }).optional(),
	accessibility: AccessibilityStatementSchema.meta({ title: 'déclaration d’accessibilité du site' }).optional(),
	...(Object.fromEntries(collectionNames.map((name) => [name, z.array(entitySchema(name)).meta({ title: collections[name].folder })])) as {
		[C in CollectionName]: z.ZodArray<ReturnType<typeof entitySchema<C>>>;
	}),
});

export type Catalogue = Omit<z.output<typeof CatalogueSchema>, CollectionName> & { [C in CollectionName]: Entity<C>[] };
