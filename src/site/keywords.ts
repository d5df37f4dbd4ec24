// Keywords across the commons: one page per keyword, reached from every sheet that names it.
import type { ContentGraph } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';

export interface Keyword {
	slug: string;
	/** How the keyword is written, in its most frequent spelling. */
	label: string;
	/** Entries naming it, modules in catalogue order first, then the others by collection and id. */
	entries: Entry[];
}

/** "Sites gouv.fr" → "sites-gouv-fr", "Données personnelles" → "donnees-personnelles". */
export function keywordSlug(keyword: string): string {
	return keyword
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function keywordsOf(entry: Entry): string[] {
	const keywords = (entry.data as { keywords?: unknown }).keywords;
	return Array.isArray(keywords) ? keywords.filter((keyword): keyword is string => typeof keyword === 'string') : [];
}

/** Every keyword of the commons (any collection with a `keywords` field), sorted as a French index. */
export function keywordIndex(graph: ContentGraph): Keyword[] {
	const order = new Map(graph.modulesInCatalogueOrder().map((module, index) => [module.id, index]));
	const rank = (entry: Entry) => (entry.collection === 'modules' ? (order.get(entry.id) ?? 0) : Number.MAX_SAFE_INTEGER);
	const bySlug = new Map<string, { spellings: Map<string, number>; entries: Entry[] }>();
	for (const entry of graph.entries) {
		for (const keyword of keywordsOf(entry)) {
			const slug = keywordSlug(keyword);
			if (slug === '') continue;
			const group = bySlug.get(slug) ?? { spellings: new Map<string, number>(), entries: [] as Entry[] };
			group.spellings.set(keyword, (group.spellings.get(keyword) ?? 0) + 1);
			if (!group.entries.includes(entry)) group.entries.push(entry);
			bySlug.set(slug, group);
		}
	}
	const collator = new Intl.Collator('fr', { sensitivity: 'base' });
	return [...bySlug.entries()]
		.map(([slug, group]) => ({
			slug,
			label: [...group.spellings.entries()].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0]![0],
			entries: group.entries.sort(
				(a, b) => rank(a) - rank(b) || a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id),
			),
		}))
		.sort((a, b) => collator.compare(a.label, b.label) || a.slug.localeCompare(b.slug));
}

/** Site path of a keyword's page, without base. */
export function keywordPath(keyword: string): string {
	return `/mots-cles/${keywordSlug(keyword)}/`;
}
