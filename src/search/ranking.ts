// How Pagefind ranks results, shared by Starlight's search dialog and our search page, so that
// both give the same order.
// Module keywords are words a trainer chose for the module. A page's title already weighs five
// times its text (Pagefind's default), so a glossary term named "FranceConnect" would come before
// the module that lists FranceConnect among its keywords. The keywords are therefore also a
// metadata field of the module page (facets.ts), weighed twice as much as a title: searching a
// keyword brings first the modules that chose it, then the pages named after it.
import { META } from './meta.ts';

/** Weight of the keyword list in the module sheet's text (data-pagefind-weight, at most 10). */
export const KEYWORD_WEIGHT = 10;

const TITLE_META_WEIGHT = 5;
const KEYWORDS_META_WEIGHT = 2 * TITLE_META_WEIGHT;

export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	metaWeights: {
		title: TITLE_META_WEIGHT,
		[META.keywords]: KEYWORDS_META_WEIGHT,
		// Shown with a result, not searched: "Module" in every module's type would otherwise lift
		// all modules for a search on the word "module".
		[META.type]: 0,
		[META.number]: 0,
		[META.duration]: 0,
	},
};
