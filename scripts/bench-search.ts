// `npm run bench:search`: the search of the built site (npm run build first, or this builds it
// without PDFs), served under the base it was built for, in headless Chromium: index size, the first query (which loads the engine), then
// every module keyword and title, with the median and slowest times and where modules rank.
// Never fails on timing.
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { percentile, timeQueries } = await import('../src/bench/search.ts');
const { seconds, table } = await import('../src/bench/table.ts');
const { launchBrowser } = await import('../src/browser/launch.ts');
const { filesUnder } = await import('../src/files/walk.ts');
const { loadProject } = await import('../src/model/project.ts');
const { SEARCH_RANKING } = await import('../src/search/ranking.ts');
const { serveDirectory } = await import('../src/server/static-server.ts');
const { entryPath, withBase } = await import('../src/site/urls.ts');
const { builtSite } = await import('./lib/built-site.ts');
const { commandFlags } = await import('../src/cli/args.ts');

const USAGE = `Utilisation : npm run bench:search -- [options]

  --outDir dist     le site construit
  --help            affiche cette aide`;

const values = commandFlags(process.argv.slice(2), { outDir: { type: 'string', default: 'dist' } }, USAGE);
const outDir = values.outDir;
const { base } = builtSite(outDir, 'pagefind/pagefind.js');

const { graph } = loadProject({});
const modules = graph.modulesInCatalogueOrder();
const keywords = [...new Set(modules.flatMap((module) => module.data.keywords))];
const titles = modules.map((module) => module.data.title);
const index = filesUnder(join(outDir, 'pagefind'), ['.pf_index', '.pf_fragment', '.pf_filter', '.pf_meta', '.wasm', '.js']);
const indexBytes = index.reduce((sum, file) => sum + statSync(file).size, 0);
const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);

const server = await serveDirectory(outDir, { base });
const browser = await launchBrowser();
try {
	const page = await browser.newPage();
	await page.goto(`${server.url}${withBase('/recherche/', base)}`);
	const [first] = await timeQueries(page, ['numérique'], SEARCH_RANKING, base);
	const keywordTimings = await timeQueries(page, keywords, SEARCH_RANKING, base);
	const titleTimings = await timeQueries(page, titles, SEARCH_RANKING, base);
	const row = (label: string, timings: { ms: number }[]) => [
		label,
		String(timings.length),
		seconds(percentile(timings.map((timing) => timing.ms), 0.5)),
		seconds(percentile(timings.map((timing) => timing.ms), 0.95)),
		seconds(Math.max(...timings.map((timing) => timing.ms))),
	];
	console.log(`Index : ${pages} pages, ${index.length} fichiers, ${(indexBytes / 1024).toFixed(0)} Kio (${readdirSync(join(outDir, 'pagefind')).length} entrées dans pagefind/)`);
	console.log(`Première recherche (moteur et index chargés) : ${seconds(first!.ms)}, ${first!.results} résultats pour « numérique »\n`);
	console.log(table(['requêtes', 'nombre', 'médiane', '95 %', 'la plus lente'], [row('mots-clés des modules', keywordTimings), row('titres des modules', titleTimings)]));
	const modulePage = (id: string) => withBase(entryPath('modules', id), base);
	const carrying = (keyword: string) => modules.filter((module) => module.data.keywords.includes(keyword)).map((module) => modulePage(module.id));
	const keywordFirst = keywordTimings.filter((timing) => carrying(timing.query).includes(timing.firstUrl ?? '')).length;
	const moduleFirst = keywordTimings.filter((timing) => timing.firstUrl?.startsWith(withBase('/modules/', base))).length;
	const titleFirst = titleTimings.filter((timing, index) => timing.firstUrl === modulePage(modules[index]!.id)).length;
	console.log(`\nClassement : ${keywordFirst}/${keywords.length} mots-clés donnent d’abord un module qui le porte, ${moduleFirst}/${keywords.length} un module ;`);
	console.log(`${titleFirst}/${titles.length} titres de module donnent d’abord leur module.`);
	for (const timing of keywordTimings.filter((timing) => !carrying(timing.query).includes(timing.firstUrl ?? ''))) {
		console.log(`  « ${timing.query} » → ${timing.firstUrl ?? 'aucun résultat'}`);
	}
} finally {
	await browser.close();
	await server.close();
}
