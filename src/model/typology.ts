// Lookups over the kit's classifications, shared by the pages, the check rules and the CSV import:
// which mediation types and structure types exist, and in which category each one sits.
import type { ContentGraph } from './graph.ts';
import type { Entry } from './load.ts';
import type { Kind } from './schemas/index.ts';
import { closest } from './suggest.ts';

export interface KindInGroup<G> extends Kind {
	/** The category (or family) file that declares the type. */
	group: G;
}

export type MediationType = KindInGroup<Entry<'typologie'>>;
export type StructureType = KindInGroup<Entry<'structures'>>;

type Grouped = Entry<'typologie'> | Entry<'structures'>;

function byOrder<E extends Grouped>(entries: Iterable<E>): E[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every kind declared by a list of groups, keyed by id; the first declaration wins. */
function index<E extends Grouped>(groups: E[]): Map<string, KindInGroup<E>> {
	const kinds = new Map<string, KindInGroup<E>>();
	for (const group of groups) for (const kind of group.data.types) if (!kinds.has(kind.id)) kinds.set(kind.id, { ...kind, group });
	return kinds;
}

export function mediationCategories(graph: ContentGraph): Entry<'typologie'>[] {
	return byOrder(graph.byCollection.typologie.values());
}

export function structureFamilies(graph: ContentGraph): Entry<'structures'>[] {
	return byOrder(graph.byCollection.structures.values());
}

export function mediationTypes(graph: ContentGraph): Map<string, MediationType> {
	return index(mediationCategories(graph));
}

export function structureTypes(graph: ContentGraph): Map<string, StructureType> {
	return index(structureFamilies(graph));
}

/** The category a place is filed under in the directory: the one of its first (main) mediation. */
export function mainCategory(graph: ContentGraph, place: Entry<'repertoire'>): Entry<'typologie'> | undefined {
	const types = mediationTypes(graph);
	for (const id of place.data.mediations) {
		const type = types.get(id);
		if (type) return type.group;
	}
	return undefined;
}

/** Places in directory order: by main category, then by name. */
export function placesByCategory(graph: ContentGraph): { category: Entry<'typologie'>; places: Entry<'repertoire'>[] }[] {
	const places = [...graph.byCollection.repertoire.values()].sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
	return mediationCategories(graph)
		.map((category) => ({ category, places: places.filter((place) => mainCategory(graph, place)?.id === category.id) }))
		.filter((group) => group.places.length > 0);
}

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

/**
 * The declared id a contributor most likely meant by `written`: the id of a type whose label it is
 * (a label typed instead of an id is the usual spreadsheet mistake), or the closest id.
 */
export function suggestKind(written: string, kinds: ReadonlyMap<string, Kind>): string | undefined {
	const byLabel = [...kinds.values()].find((kind) => fold(kind.label) === fold(written));
	return byLabel?.id ?? closest(written, kinds.keys());
}
