// What the search index knows about a page beyond its text: filters (type, section, duration,
// keywords, place) and the figures shown with a result (number, duration), read from the model.
import { collectionNames, specOf, type CollectionName } from '../model/collections.ts';
import { formatHours } from '../model/format.ts';
import type { ContentGraph } from '../model/graph.ts';
import { KIT_CHAPTER_LABELS } from '../model/schemas/kit.ts';
import { META } from './meta.ts';
import type { FilterKey, FilterOrder } from './query.ts';

/** The filters' keys in the index; the search page names them in French (FILTER_NAMES). */
export const FILTERS = {
	type: 'type',
	section: 'section',
	duration: 'duree',
	keyword: 'mot-cle',
	place: 'lieu',
	chapter: 'chapitre',
} as const satisfies Record<string, FilterKey>;

/** A page that shows no entry of a collection still gets a type. */
export const OTHER_TYPE = 'Autre page';

/** The value of the « type » filter for the pages of a collection, from the registry. */
export function typeLabel(collection: CollectionName): string {
	return specOf(collection).searchType ?? OTHER_TYPE;
}

/** Duration bands a trainer plans with: a half day, a day, more. */
export const DURATION_BANDS = [
	{ label: 'une demi-journée ou moins (jusqu’à 3 h 30)', max: 3.5 },
	{ label: 'une journée (de 4 h à 7 h)', max: 7 },
	{ label: 'plus d’une journée (plus de 7 h)', max: Number.POSITIVE_INFINITY },
] as const;

export const UNKNOWN_DURATION = 'durée à définir';

export function durationBand(hours: number | undefined): string {
	if (hours === undefined) return UNKNOWN_DURATION;
	return DURATION_BANDS.find((band) => hours <= band.max)!.label;
}

export interface SearchFacets {
	/** Filter name → values; a page may have several values for one filter (keywords). */
	filters: Record<string, string[]>;
	/** Shown with the result (type, number, duration) or searched (keywords). */
	meta: Record<string, string>;
}

export function searchFacets(graph: ContentGraph, collection: CollectionName, id: string): SearchFacets | undefined {
	const entry = graph.get(collection, id);
	if (!entry) return undefined;
	const type = typeLabel(collection);
	const filters: Record<string, string[]> = { [FILTERS.type]: [type] };
	const meta: Record<string, string> = { [META.type]: type };
	if (collection === 'modules') {
		const module = graph.get('modules', id)!.data;
		const section = graph.get('sections', module.section);
		filters[FILTERS.section] = [section?.data.title ?? module.section];
		filters[FILTERS.duration] = [durationBand(module.duration)];
		if (module.keywords.length > 0) {
			filters[FILTERS.keyword] = [...new Set(module.keywords)];
			meta[META.keywords] = [...new Set(module.keywords)].join(' · ');
		}
		meta[META.number] = module.number;
		meta[META.type] = `Module ${module.number}`;
		meta[META.duration] = module.duration === undefined ? 'à définir' : formatHours(module.duration);
	} else if (collection === 'sections') {
		filters[FILTERS.section] = [graph.get('sections', id)!.data.title];
	} else if (collection === 'parcours') {
		const totals = graph.parcoursTotals(id);
		const known = totals.withoutDuration.length === 0;
		filters[FILTERS.duration] = [known ? durationBand(totals.hours) : UNKNOWN_DURATION];
		if (known) meta[META.duration] = formatHours(totals.hours);
	} else if (collection === 'personas') {
		filters[FILTERS.place] = [graph.get('personas', id)!.data.place];
	} else if (collection === 'kit') {
		filters[FILTERS.chapter] = [KIT_CHAPTER_LABELS[graph.get('kit', id)!.data.chapter]];
	} else if (collection === 'decks') {
		const minutes = graph.get('decks', id)!.data.minutes;
		if (minutes !== undefined) {
			filters[FILTERS.duration] = [durationBand(minutes / 60)];
			meta[META.duration] = formatHours(minutes / 60);
		}
	}
	return { filters, meta };
}

/** The order the search page lists the values of a filter in, when alphabetical order would not do. */
export function searchFilterOrder(graph: ContentGraph): FilterOrder {
	return {
		[FILTERS.type]: [...new Set([...collectionNames.map(typeLabel), OTHER_TYPE])],
		[FILTERS.section]: graph.sectionsInOrder().map((section) => section.data.title),
		[FILTERS.duration]: [...DURATION_BANDS.map((band) => band.label), UNKNOWN_DURATION],
	};
}
