// The ids a collection declares: its loaded entries, and files that exist but failed to load,
// so that a reference to a broken file is not reported as unknown on top of the file's own error.
import { posix } from 'node:path';
import { collections, idFromPath, type CollectionName } from '../../model/collections.ts';
import type { LoadedContent } from '../../model/load.ts';

const cache = new WeakMap<LoadedContent, Map<CollectionName, Set<string>>>();

export function declaredIds(content: LoadedContent, collection: CollectionName): Set<string> {
	let byCollection = cache.get(content);
	if (!byCollection) {
		byCollection = new Map();
		cache.set(content, byCollection);
	}
	const known = byCollection.get(collection);
	if (known) return known;
	const ids = new Set<string>();
	for (const entry of content.entries) if (entry.collection === collection) ids.add(entry.id);
	const folder = posix.join(posix.normalize(content.contentDir.replaceAll('\\', '/')), collections[collection].folder, '/');
	const files = [...content.sources.map((source) => source.path), ...content.messages.map((message) => message.file ?? '')];
	for (const file of files) if (file.startsWith(folder)) ids.add(idFromPath(file.slice(folder.length)));
	byCollection.set(collection, ids);
	return ids;
}
