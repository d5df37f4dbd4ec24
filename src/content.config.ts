// Astro's content layer, fed by the model: each collection holds exactly the entries the model
// loaded (and the check read), with the model's data. Astro keeps what only it can do: render the
// bodies (Markdown here, MDX as modules it compiles on demand).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { collectionNames, specOf, type CollectionName } from './model/collections.ts';
import { currentProject, MODEL_LOADER } from './site/project.ts';

/** Copies the model's entries of one collection into Astro's store, rendering Markdown bodies. */
async function syncCollection(collection: CollectionName, context: LoaderContext): Promise<void> {
	const { store, generateDigest, renderMarkdown } = context;
	const project = currentProject();
	const untouched = new Set(store.keys());
	for (const entry of project.content.entries) {
		if (entry.collection !== collection) continue;
		untouched.delete(entry.id);
		const digest = generateDigest(entry.source.text);
		const existing = store.get(entry.id);
		const data = entry.data as Record<string, unknown>;
		if (existing?.digest === digest && existing.filePath === entry.file) {
			// Unchanged text, but data comes from the model, which may read it differently now.
			store.set({ ...existing, data });
			continue;
		}
		const body = entry.source.text.slice(entry.bodyOffset);
		if (entry.format === 'mdx') {
			// Astro compiles the file itself, as a module, when a page renders it.
			store.set({ id: entry.id, data, body, filePath: entry.file, digest, deferredRender: true });
		} else if (entry.format === 'md') {
			const rendered = await renderMarkdown(entry.source.text, { fileURL: pathToFileURL(join(project.content.root, entry.file)) });
			store.set({ id: entry.id, data, body, filePath: entry.file, digest, rendered, assetImports: rendered.metadata?.imagePaths });
		} else {
			store.set({ id: entry.id, data, filePath: entry.file, digest });
		}
	}
	for (const id of untouched) store.delete(id);
}

function modelLoader(collection: CollectionName): Loader {
	return {
		name: MODEL_LOADER,
		load: async (context) => {
			// The dev server's watcher must see content/: a change reloads the project and refreshes this loader.
			const { root, contentDir } = currentProject().content;
			context.watcher?.add(join(root, contentDir));
			await syncCollection(collection, context);
		},
	};
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

export const collections = {
	// Starlight's own collections hold only site chrome (the 404 page, interface strings), in src/content/.
	docs: defineCollection({ loader: docsLoader(), schema: starlightDocsSchema }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	...Object.fromEntries(collectionNames.map((name) => [name, defineCollection({ loader: modelLoader(name), schema: specOf(name).schema })])),
};
