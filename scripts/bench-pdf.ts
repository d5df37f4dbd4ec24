// `npm run bench:pdf`: times the printing of every PDF of the built site (npm run build first, or
// this builds it without PDFs), --repeat times, and prints each document's time and the total.
// Never fails on timing.
import { enableCompileCache } from 'node:module';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { pdfTable } = await import('../src/bench/pdf-table.ts');
const { defaultContentDir } = await import('../src/model/load.ts');
const { runPdf } = await import('../src/pdf/run.ts');
const { CATALOGUE_PRINT_PATH } = await import('../src/print/routes.ts');
const { builtSite } = await import('./lib/built-site.ts');
const { commandFlags } = await import('../src/cli/args.ts');

const USAGE = `Utilisation : npm run bench:pdf -- [options]

  --repeat 1        le nombre d’impressions de chaque PDF
  --outDir dist     le site construit
  --help            affiche cette aide`;

const values = commandFlags(process.argv.slice(2), { repeat: { type: 'string', default: '1' }, outDir: { type: 'string', default: 'dist' } }, USAGE);
const record = builtSite(values.outDir, `${CATALOGUE_PRINT_PATH.slice(1)}index.html`);
for (let run = 1; run <= Number(values.repeat); run++) {
	const start = performance.now();
	const results = await runPdf({ root: process.cwd(), contentDir: defaultContentDir(), outDir: values.outDir, base: record.base, site: record.site });
	const total = performance.now() - start;
	console.log(`\nImpression ${run} : ${results.length} PDF, ${results.reduce((sum, result) => sum + result.pages, 0)} pages`);
	console.log(pdfTable(results));
	console.log(`Total (navigateur et serveur compris) : ${(total / 1000).toFixed(1).replace('.', ',')} s`);
}
