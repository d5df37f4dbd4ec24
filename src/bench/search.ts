// Measuring the site's search in a browser: how long a query takes to give the results a visitor
// sees first, and where the module that carries a keyword lands.
import type { Page } from 'playwright-core';

export interface QueryTiming {
	query: string;
	/** From the call to Pagefind to the data of the first results shown. */
	ms: number;
	results: number;
	firstUrl?: string;
}

/** Results the search page shows at once (src/search/client.ts). */
const SHOWN = 20;

/**
 * Runs `queries` one after the other in `page` (already on the site) with the site's ranking; the
 * site was built under `base` ("/" or "/catalogue/").
 */
export async function timeQueries(page: Page, queries: readonly string[], ranking: object, base = '/'): Promise<QueryTiming[]> {
	// Loaded from a string: a bundler could rewrite an import() written in this file.
	await page.evaluate(`import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then((module) => { window.pagefindForBench = module; })`);
	return page.evaluate(
		async ({ queries, ranking, shown }) => {
			type Result = { data(): Promise<{ url: string }> };
			const pagefind = (window as unknown as { pagefindForBench: { options(o: object): Promise<void>; search(q: string): Promise<{ results: Result[] }> } })
				.pagefindForBench;
			await pagefind.options({ ranking });
			const timings = [];
			for (const query of queries) {
				const start = performance.now();
				const { results } = await pagefind.search(query);
				const data = await Promise.all(results.slice(0, shown).map((result) => result.data()));
				timings.push({ query, ms: performance.now() - start, results: results.length, firstUrl: data[0]?.url });
			}
			return timings;
		},
		{ queries, ranking, shown: SHOWN },
	);
}

/** The value below which `share` of the numbers fall (0.5: the median). */
export function percentile(values: readonly number[], share: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}
