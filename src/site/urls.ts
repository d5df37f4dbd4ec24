// Where each entry lives on the site: the one place that knows the routes.
import { collectionNames, specOf, type CollectionName, type VersionedCollection } from '../model/collections.ts';

/** Whether each entry of the collection has a page of its own (or is an anchor of one page). */
export function hasEntryPages(collection: CollectionName): boolean {
	return !specOf(collection).route.onePage;
}

/** Site path of a collection's index page, without base: "/modules/". */
export function collectionPath(collection: CollectionName): string {
	return `/${specOf(collection).route.prefix}/`;
}

/** Site path of an entry, without base: "/modules/securite-donnees/". */
export function entryPath(collection: CollectionName, id: string): string {
	const { prefix, onePage } = specOf(collection).route;
	return onePage ? `/${prefix}/#${id}` : `/${prefix}/${id}/`;
}

/** Prefixes a site path with the deployment base ("/" or "/catalogue/"). */
export function withBase(path: string, base: string): string {
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path}`;
}

/** The page that retraces every version of an entry: "/modules/securite-donnees/historique/". */
export function historyPath(collection: VersionedCollection, id: string): string {
	return `${entryPath(collection, id)}historique/`;
}

export const CREDITS_PATH = '/credits/';

/** The catalogue's general conditions: access, prices, accessibility, contacts, complaints. */
export const CONDITIONS_PATH = '/conditions-generales/';

/** The CRCN and DigComp frameworks, with the modules that work on each competence. */
export const COMPETENCES_PATH = '/competences/';

/** A module's sheet for the person who runs it: "/modules/securite-donnees/animation/". */
export function trainerSheetPath(id: string): string {
	return `${entryPath('modules', id)}animation/`;
}

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
	for (const collection of collectionNames) {
		const { prefix, onePage } = specOf(collection).route;
		if (onePage || !trimmed.startsWith(`${prefix}/`)) continue;
		const id = trimmed.slice(prefix.length + 1);
		if (id && exists(collection, id)) return { collection, id };
	}
	return undefined;
}
