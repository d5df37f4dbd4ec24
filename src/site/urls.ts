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
};

/** Site path of a collection's index page, without base: "/modules/". */
export function collectionPath(collection: CollectionName): string {
	return `/${ROUTE_PREFIX[collection]}/`;
}

/** Site path of an entry, without base: "/modules/securite-donnees/". */
export function entryPath(collection: CollectionName, id: string): string {
	return `/${ROUTE_PREFIX[collection]}/${id}/`;
}

/** Prefixes a site path with the deployment base ("/" or "/catalogue/"). */
export function withBase(path: string, base: string): string {
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path}`;
}
