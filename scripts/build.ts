// `npm run build`: the whole site (pages and search index) into dist/, then its PDFs into dist/pdf/.
// `-- --outDir <folder>` builds elsewhere. COMMUN_SKIP_PDF=1 builds the site alone (benchmarks of
// the site build, tests that look only at pages). Astro runs in this process, so that an error it
// raises while rendering content is told in French with its place, never as a stack trace.
import { enableCompileCache } from 'node:module';
import { parseCommandLine } from '../src/cli/args.ts';

enableCompileCache?.();
// A build is what gets published: a NODE_ENV inherited from a shell or a test runner would make Vite
// compile development variants of components. Set before Astro and Vite are loaded.
process.env.NODE_ENV = 'production';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const { explainBuildError } = await import('../src/build/explain-error.ts');
const { defaultContentDir } = await import('../src/model/load.ts');
const { countOf } = await import('../src/model/format.ts');
const { formatText } = await import('../src/report/text.ts');
const { runPdf } = await import('../src/pdf/run.ts');
const { runOffline } = await import('../src/offline/run.ts');
const { readBuildRecord, recordPdfsPrinted } = await import('../src/build/record.ts');
const { build } = await import('astro');

const parsed = parseCommandLine(process.argv.slice(2), { outDir: { type: 'string', default: 'dist' } });
if ('error' in parsed) {
	console.error(`Erreur : ${parsed.error}\n\nUtilisation : npm run build [-- --outDir <dossier>]`);
	process.exit(2);
}
const outDir = parsed.values.outDir;
const root = process.cwd();
const contentDir = defaultContentDir();

try {
	await build({ root, outDir });
} catch (error) {
	console.error(`\nLa construction du site a échoué :\n${formatText(explainBuildError(error, { root, contentDir }))}`);
	console.error('Construction arrêtée : corrigez les erreurs ci-dessus puis relancez « npm run build ».');
	process.exit(1);
}

// The decks in one file each and the SCORM package of each module: no browser, a few seconds.
{
	console.log('\nFichiers hors ligne : supports en un fichier, paquets SCORM');
	const start = performance.now();
	try {
		const record = readBuildRecord(outDir);
		if ('error' in record) throw new Error(record.error);
		const files = await runOffline({ root, contentDir, outDir, base: record.base, site: record.site, log: (line) => console.log(`  ${line}`) });
		console.log(`${countOf(files.length, 'fichier écrit', 'fichiers écrits')} en ${((performance.now() - start) / 1000).toFixed(1)} s.`);
	} catch (error) {
		console.error(`Erreur : fichiers hors ligne impossibles à écrire.\n${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
}

if (process.env.COMMUN_SKIP_PDF !== '1') {
	console.log('\nImpression des PDF');
	try {
		const start = performance.now();
		const record = readBuildRecord(outDir);
		if ('error' in record) throw new Error(record.error);
		const results = await runPdf({ root, contentDir, outDir, base: record.base, site: record.site, log: (line) => console.log(`  ${line}`) });
		recordPdfsPrinted(outDir);
		console.log(`${countOf(results.length, 'PDF imprimé', 'PDF imprimés')} en ${((performance.now() - start) / 1000).toFixed(1)} s.`);
	} catch (error) {
		console.error(`Erreur : impression des PDF impossible.\n${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
