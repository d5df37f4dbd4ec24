// How Pagefind ranks results, shared by Starlight's search dialog and our search page, so that
// both give the same order. These are Starlight's own settings, written out to be shared.
// Module keywords are words a trainer chose for the module: the sheet lists them with a high
// weight (data-pagefind-weight), so that searching "FranceConnect" brings first the module that
// names it as a keyword, before pages that only mention it.
export const KEYWORD_WEIGHT = 10;

export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
};
