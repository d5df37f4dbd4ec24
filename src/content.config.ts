// Astro's content layer, fed with the model's own schemas from the top-level content/ folders.
import { existsSync } from 'node:fs';
import { defineCollection, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { collectionNames, collections as model, idFromPath, type CollectionName } from './model/collections.ts';
import { defaultContentDir, loadAccessibility, loadOrganisation } from './model/load.ts';
import { OrganisationSchema } from './model/schemas/organisation.ts';
import { AccessibilityStatementSchema } from './model/schemas/accessibility.ts';

const contentDir = defaultContentDir();

/** A fork may drop a whole part of the commons: an absent folder is an empty collection. */
const emptyLoader: Loader = { name: 'empty', load: async ({ store }) => store.clear() };

function collectionOf(name: CollectionName) {
	const spec = model[name];
	const base = `./${contentDir}/${spec.folder}`;
	const extensions = spec.format === 'markdown' ? '{md,mdx}' : '{yaml,yml}';
	return defineCollection({
		loader: existsSync(base)
			? glob({
					base,
					// Files starting with "_" are drafts or templates, skipped by the model's loader too.
					pattern: spec.nested ? `**/[!_]*.${extensions}` : `[!_]*.${extensions}`,
					generateId: ({ entry }) => idFromPath(entry),
				})
			: emptyLoader,
		schema: spec.schema,
	});
}

/**
 * Starlight's docs schema, built once. <StarlightPage> (every module, section and index page)
 * validates its frontmatter with this schema and, given Starlight's function form, rebuilds the
 * whole schema on every page: with the garbage it leaves, generating 1 000 module pages took 21 s
 * instead of 13 s. Our docs pages are site chrome without images, so the schema needs no per-entry
 * image() helper; this one accepts only imported images, as <StarlightPage> does.
 */
const starlightDocsSchema = docsSchema()({
	image: (() =>
		z.custom((value) => typeof value === 'object' && value !== null && 'src' in value && 'width' in value, {
			message: 'une image importée est attendue',
		})) as unknown as SchemaContext['image'],
});

/** The publisher file, read by the model's loader (the same YAML parser as the check step). */
const organisationLoader: Loader = {
	name: 'organisation',
	load: async ({ store, parseData }) => {
		store.clear();
		const { organisation } = loadOrganisation({ contentDir });
		if (!organisation) return;
		const data = await parseData({ id: 'organisation', data: organisation.data });
		store.set({ id: 'organisation', data });
	},
};

/** The accessibility statement, optional: the /accessibilite/ page says so when it is absent. */
const accessibilityLoader: Loader = {
	name: 'accessibilite',
	load: async ({ store, parseData }) => {
		store.clear();
		const { accessibility } = loadAccessibility({ contentDir });
		if (!accessibility) return;
		const data = await parseData({ id: 'accessibilite', data: accessibility.data });
		store.set({ id: 'accessibilite', data });
	},
};

export const collections = {
	// Starlight's own collections hold only site chrome (the 404 page, interface strings), in src/content/.
	docs: defineCollection({ loader: docsLoader(), schema: starlightDocsSchema }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	...Object.fromEntries(collectionNames.map((name) => [name, collectionOf(name)])),
	organisation: defineCollection({ loader: organisationLoader, schema: OrganisationSchema }),
	accessibilite: defineCollection({ loader: accessibilityLoader, schema: AccessibilityStatementSchema }),
};
