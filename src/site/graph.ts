// The content graph for pages, built by the model from Astro's collections.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { buildGraph, type ContentGraph } from '../model/graph.ts';
import { collectionNames, collections } from '../model/collections.ts';
import { defaultContentDir } from '../model/load.ts';
import type { Entry } from '../model/load.ts';
import type { Organisation } from '../model/schemas/organisation.ts';

let cached: Promise<ContentGraph> | undefined;

async function assemble(): Promise<ContentGraph> {
	const entries: Entry[] = [];
	for (const collection of collectionNames) {
		// Astro warns on every empty collection; a fork may well have dropped a whole part.
		const folder = join(process.cwd(), defaultContentDir(), collections[collection].folder);
		if (!existsSync(folder) || readdirSync(folder).length === 0) continue;
		for (const item of await getCollection(collection)) {
			entries.push({ collection, id: item.id, file: item.filePath ?? '', data: item.data } as Entry);
		}
	}
	const organisation = (await getEntry('organisation', 'organisation'))?.data as Organisation | undefined;
	return buildGraph({ entries, organisation });
}

/** The graph of the whole commons, built once per build (and per request in dev). */
export function getGraph(): Promise<ContentGraph> {
	if (import.meta.env.DEV) return assemble();
	cached ??= assemble();
	return cached;
}
