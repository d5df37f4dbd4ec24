// The content graph for pages, built by the model from Astro's collections.
import { getCollection, getEntry } from 'astro:content';
import { buildGraph, type ContentGraph } from '../model/graph.ts';
import { collectionNames } from '../model/collections.ts';
import type { Entry } from '../model/load.ts';
import type { Organisation } from '../model/schemas/organisation.ts';

let cached: Promise<ContentGraph> | undefined;

async function assemble(): Promise<ContentGraph> {
	const entries: Entry[] = [];
	for (const collection of collectionNames) {
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
