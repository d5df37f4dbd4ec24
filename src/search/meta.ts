// The names of the Pagefind metadata a page carries: shown with a result, or searched with a weight
// of its own. Kept apart from facets.ts, which reads the content model, because the search page's
// browser script needs these names without the model (and its schema library) in its bundle.
export const META = {
	type: 'type',
	number: 'numero',
	duration: 'duree',
	keywords: 'motscles',
} as const;
