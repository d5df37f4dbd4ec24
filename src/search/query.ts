// The search page's state: the words and the chosen filter values, to and from its address, and
// as Pagefind's filter object. Shared by the page script (browser) and the tests.

/** Filter keys in the index (ASCII) and their French names on the page, in display order. */
export const FILTER_KEYS = ['type', 'section', 'duree', 'mot-cle', 'lieu', 'chapitre'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Filters whose values depend on what a trainer writes (keywords, places, chapters) can grow long;
 * past this many values the search page folds them away so the results stay in sight. The kinds
 * of content, the sections and the duration bands are the first choices: always shown.
 */
export const FOLD_AFTER = 8;
const ALWAYS_SHOWN: ReadonlySet<FilterKey> = new Set(['type', 'section', 'duree']);

export function foldsAway(key: FilterKey, valueCount: number): boolean {
	return !ALWAYS_SHOWN.has(key) && valueCount > FOLD_AFTER;
}

/** For some filters, the order a reader expects (sections as in the catalogue, durations shortest first). */
export type FilterOrder = Partial<Record<FilterKey, string[]>>;

/**
 * A filter's values with their counts, in the preferred order when there is one; values it does not
 * name (a fork's new section), and filters without one, follow in French alphabetical order.
 */
export function orderFilterValues(values: [string, number][], preferred: readonly string[] = []): [string, number][] {
	const rank = (value: string) => {
		const index = preferred.indexOf(value);
		return index === -1 ? preferred.length : index;
	};
	return [...values].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'fr', { sensitivity: 'base' }));
}

export const FILTER_NAMES: Record<FilterKey, string> = {
	type: 'Type de contenu',
	section: 'Section du catalogue',
	duree: 'Durée',
	'mot-cle': 'Mot-clé',
	lieu: 'Lieu (personas)',
	chapitre: 'Chapitre du kit',
};

export interface SearchState {
	query: string;
	filters: Partial<Record<FilterKey, string[]>>;
}

export function stateFromSearch(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length > 0) filters[key] = [...new Set(values)];
	}
	return { query: (params.get('q') ?? '').trim(), filters };
}

/** "?q=…&type=Module&type=Persona": the address of a search, to share or bookmark. */
export function searchFromState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Several values of one filter widen the search (any of them); different filters narrow it (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(state.filters)
			.filter(([, values]) => values && values.length > 0)
			.map(([key, values]) => [key, { any: values! }]),
	);
}

export function hasCriteria(state: SearchState): boolean {
	return state.query !== '' || Object.values(state.filters).some((values) => values && values.length > 0);
}

/** How many filter values are ticked. */
export function chosenCount(state: SearchState): number {
	return Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}

/** Said after « Affiner les résultats » when filters are ticked: "(2 filtres choisis)". */
export function chosenSentence(count: number): string {
	if (count === 0) return '';
	return count === 1 ? '(1 filtre choisi)' : `(${count} filtres choisis)`;
}

/** The sentence the live region reads after each search. */
export function resultSentence(count: number, state: SearchState): string {
	const words = state.query ? ` pour « ${state.query} »` : '';
	if (count === 0) return `Aucun résultat${words}.`;
	return count === 1 ? `1 résultat${words}.` : `${count} résultats${words}.`;
}
