// `npm run build`: the whole site (pages and search index) into dist/, then its PDFs into dist/pdf/.
// Options after "--" go to `astro build` (e.g. --outDir). COMMUN_SKIP_PDF=1 builds the site alone
// (benchmarks of the site build, tests that look only at pages).
import { defaultContentDir } from '../src/model/load.ts';
import { runPdf } from '../src/pdf/run.ts';
import { runAstro } from './lib/astro.ts';

const args = process.argv.slice(2);
const status = runAstro(['build', ...args]);
if (status !== 0 || process.env.COMMUN_SKIP_PDF === '1') {
	process.exit(status);
}

/** The output folder Astro was given: --outDir x or --outDir=x, dist by default. */
function outDirOf(argv: string[]): string {
	const index = argv.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
	if (index === -1) return 'dist';
	return argv[index]!.includes('=') ? argv[index]!.slice('--outDir='.length) : (argv[index + 1] ?? 'dist');
}

console.log('\nImpression des PDF');
try {
	const start = performance.now();
	const results = await runPdf({ root: process.cwd(), contentDir: defaultContentDir(), outDir: outDirOf(args), base: process.env.COMMUN_BASE, log: (line) => console.log(`  ${line}`) });
	console.log(`${results.length} PDF imprimés en ${((performance.now() - start) / 1000).toFixed(1)} s.`);
} catch (error) {
	console.error(`Erreur : impression des PDF impossible.\n${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
