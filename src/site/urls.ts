// Where each entry lives on the site: the one place that knows the routes.
import type { CollectionName } from '../model/collections.ts';

const ROUTE_PREFIX: Record<CollectionName, string> = {
	modules: 'modules',
	sections: 'sections',
	parcours: 'parcours',
	personas: 'personas',
	roles: 'roles',
	glossaire: 'glossaire',
	decks: 'decks',
	kit: 'kit',
	catalogue: 'catalogue',
	reperes: 'reperes',
	questionnaires: 'kit',
	// Collections without a page per entry: their entries are anchors of one page.
	typologie: 'kit/typologie-mediations',
	structures: 'kit/types-structures',
	repertoire: 'repertoire',
	scenarios: 'kit/scenarios',
};

/** Collections shown on a single page, where each entry is a section with its id as anchor. */
const ONE_PAGE = new Set<CollectionName>(['typologie', 'structures', 'repertoire', 'scenarios']);

/** Whether each entry of the collection has a page of its own. */
export function hasEntryPages(collection: CollectionName): boolean {
	return !ONE_PAGE.has(collection);
}

/** Site path of a collection's index page, without base: "/modules/". */
export function collectionPath(collection: CollectionName): string {
	return `/${ROUTE_PREFIX[collection]}/`;
}

/** Site path of an entry, without base: "/modules/securite-donnees/". */
export function entryPath(collection: CollectionName, id: string): string {
	if (ONE_PAGE.has(collection)) return `/${ROUTE_PREFIX[collection]}/#${id}`;
	return `/${ROUTE_PREFIX[collection]}/${id}/`;
}

/** Prefixes a site path with the deployment base ("/" or "/catalogue/"). */
export function withBase(path: string, base: string): string {
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path}`;
}

/** Collections whose entries carry a version and a changelog, and so a history page. */
export const VERSIONED_COLLECTIONS = ['modules', 'parcours', 'decks', 'kit'] as const;
export type VersionedCollection = (typeof VERSIONED_COLLECTIONS)[number];

/** The page that retraces every version of an entry: "/modules/securite-donnees/historique/". */
export function historyPath(collection: VersionedCollection, id: string): string {
	return `${entryPath(collection, id)}historique/`;
}

export const CREDITS_PATH = '/credits/';

/**
 * The entry a site path shows, if any: "/modules/x/" → { collection: 'modules', id: 'x' }. Several
 * collections may share a prefix (the kit's pages and questionnaires): `exists` says which has the id.
 */
export function entryAtPath(
	pathname: string,
	base: string,
	exists: (collection: CollectionName, id: string) => boolean,
): { collection: CollectionName; id: string } | undefined {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
	const trimmed = decodeURI(path).replace(/\/(index\.html)?$/, '');
	for (const [collection, routePrefix] of Object.entries(ROUTE_PREFIX) as [CollectionName, string][]) {
		if (ONE_PAGE.has(collection) || !trimmed.startsWith(`${routePrefix}/`)) continue;
		const id = trimmed.slice(routePrefix.length + 1);
		if (id && exists(collection, id)) return { collection, id };
	}
	return undefined;
}
