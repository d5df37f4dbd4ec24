// What Astro's content layer held when it built a site: its data store, written into the build's
// cache folder (COMMUN_CACHE_DIR, beside dist/). Tests compare it with the model.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'devalue';

/** The ids of each collection in the store of the site built into `outDir`. */
export function storedIds(outDir: string): Map<string, string[]> {
	const store = parse(readFileSync(join(dirname(outDir), 'cache', 'data-store.json'), 'utf8')) as Map<string, Map<string, unknown>>;
	return new Map([...store].map(([collection, entries]) => [collection, [...entries.keys()].sort()]));
}
