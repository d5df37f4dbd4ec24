// The check protects the build only if the build loads exactly the files the check read: for a built
// site, Astro's collections hold the model's ids, collection by collection, and nothing else.
import { expect } from 'vitest';
import { collectionNames } from '../../src/model/collections.ts';
import type { ContentGraph } from '../../src/model/graph.ts';
import { storedIds } from './content-store.ts';

export function expectAstroToHoldTheModel(graph: ContentGraph, outDir: string): void {
	const stored = storedIds(outDir);
	const model = new Map<string, string[]>(collectionNames.map((name) => [name, [...graph.byCollection[name].keys()].sort()]));
	expect([...model.values()].flat().length).toBeGreaterThan(0);
	for (const name of collectionNames) expect(stored.get(name) ?? [], `collection ${name}`).toEqual(model.get(name));
	// Besides ours, only Starlight's own collections (and Astro's bookkeeping, named "…::…").
	expect([...stored.keys()].filter((name) => !model.has(name) && !name.includes('::')).sort()).toEqual(['docs', 'i18n']);
}
