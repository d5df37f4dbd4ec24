// Every page the site builds, known without building it: the routes of src/pages, filled with the
// model's entries. The check reads it to refuse a link to a page that does not exist, and an anchor
// to a heading that a page does not have when the page's headings are all known.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { textOf, walk } from '../markdown/walk.ts';
import { collectionNames, specOf } from '../model/collections.ts';
import type { ContentGraph } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';
import { moduleSheetHeadings, parcoursHeadings } from './headings.ts';
import { keywordIndex } from './keywords.ts';
import { hasTrainerSheet } from './trainer-sheets.ts';
import { entryPath } from './urls.ts';

const PAGES = fileURLToPath(new URL('../pages/', import.meta.url));

/** A route of src/pages as segments: "modules/[id]/historique" → ["modules", "[id]", "historique"]. */
function routeFiles(folder = PAGES, prefix: string[] = []): string[][] {
	const routes: string[][] = [];
	for (const item of readdirSync(folder, { withFileTypes: true })) {
		if (item.isDirectory()) routes.push(...routeFiles(`${folder}${item.name}/`, [...prefix, item.name]));
		else if (/\.(astro|ts|js|md|mdx)$/.test(item.name) && !item.name.startsWith('_')) {
			const name = item.name.replace(/\.[^.]+$/, '');
			routes.push(name === 'index' ? prefix : [...prefix, name]);
		}
	}
	return routes;
}

let cachedRoutes: string[][] | undefined;

/** The slugs Astro gives the headings of a Markdown body, in order (GitHub's algorithm). */
export function headingSlugs(tree: Root): string[] {
	const slugger = new GithubSlugger();
	const slugs: string[] = [];
	walk(tree, (node) => {
		if (node.type === 'heading') slugs.push(slugger.slug(textOf(node)));
	});
	return slugs;
}

export interface PageIndex {
	/** Whether the site has a page at this path (without base, with its trailing slash). */
	has(path: string): boolean;
	/**
	 * The anchors of the page at `path`, when every one of them is known from the model (a module
	 * sheet, a learning path); otherwise only those of its body, and `complete` is false.
	 */
	anchors(path: string): { ids: Set<string>; complete: boolean } | undefined;
	/** Every page path, for suggestions. */
	paths(): string[];
}

export function pageIndex(graph: ContentGraph): PageIndex {
	cachedRoutes ??= routeFiles();
	const pages = new Map<string, Entry | undefined>();
	const idsByPrefix = new Map<string, Entry[]>();
	for (const name of collectionNames) {
		const { prefix, onePage } = specOf(name).route;
		if (onePage) continue;
		const list = idsByPrefix.get(prefix) ?? [];
		list.push(...graph.byCollection[name].values());
		idsByPrefix.set(prefix, list);
	}
	// Dynamic routes that do not show a collection's entries, with the values they take.
	const otherParams: Record<string, () => string[]> = {
		'mots-cles/[slug]': () => keywordIndex(graph).map((keyword) => keyword.slug),
	};
	// Sub-pages that only some entries have.
	const onlySome: Record<string, (entry: Entry) => boolean> = {
		'modules/[id]/animation': (entry) => hasTrainerSheet(entry as Entry<'modules'>),
	};
	for (const route of cachedRoutes) {
		const dynamic = route.findIndex((segment) => segment.startsWith('['));
		if (dynamic === -1) {
			pages.set(route.length === 0 ? '/' : `/${route.join('/')}/`, undefined);
			continue;
		}
		const head = route.slice(0, dynamic).join('/');
		const tail = route.slice(dynamic + 1);
		const entries = idsByPrefix.get(head);
		const values = entries
			? entries.map((entry) => ({ id: entry.id, entry }))
			: (otherParams[route.slice(0, dynamic + 1).join('/')]?.() ?? []).map((id) => ({ id, entry: undefined }));
		const keep = onlySome[route.join('/')];
		for (const { id, entry } of values) {
			if (keep && entry && !keep(entry)) continue;
			const path = `/${[head, id, ...tail].filter(Boolean).join('/')}/`;
			// The entry's own page keeps the entry, for its anchors; its sub-pages (historique) do not.
			pages.set(path, tail.length === 0 ? entry : undefined);
		}
	}

	const anchors = (path: string) => {
		if (!pages.has(path)) return undefined;
		const entry = pages.get(path);
		if (!entry) return { ids: new Set<string>(), complete: false };
		const tree = graph.treeOf(entry);
		const body = tree ? headingSlugs(tree) : [];
		const asHeadings = body.map((slug) => ({ depth: 2, slug, text: slug }));
		if (entry.collection === 'modules') {
			const all = moduleSheetHeadings(graph, entry as Entry<'modules'>, asHeadings);
			return { ids: new Set(all.map((heading) => heading.slug)), complete: true };
		}
		if (entry.collection === 'parcours') {
			const all = parcoursHeadings(entry as Entry<'parcours'>, asHeadings);
			return { ids: new Set(all.map((heading) => heading.slug)), complete: true };
		}
		return { ids: new Set(body), complete: false };
	};

	return {
		has: (path) => pages.has(path),
		anchors,
		paths: () => [...pages.keys()],
	};
}

/** The page an entry is shown on (for a one-page collection, that page), without base. */
export function pageOf(entry: Entry): string {
	return entryPath(entry.collection, entry.id).replace(/#.*$/, '');
}
