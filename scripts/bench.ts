// `npm run bench`: times the check step on synthetic corpora of 100, 1 000 and 10 000 modules, then
// the full build of 1 000 modules next to a plain Starlight build of the same pages. Prints tables;
// never fails on timing. Options: --sizes 100,1000 (check only), --no-build, --build-size 1000,
// --repeat 2 (each build runs that many times, alternately, and the best run counts). The site build is
// timed without its PDF step (npm run bench:pdf times that).
import { enableCompileCache } from 'node:module';
import { join, relative } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { BuildTiming } from '../src/bench/measure.ts';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { syntheticCorpus, writeCorpus } = await import('../src/bench/corpus.ts');
const { measureBuild, measureCheck } = await import('../src/bench/measure.ts');
const { writePlainStarlight } = await import('../src/bench/plain-starlight.ts');
const { bestOf, buildTable, checkTable } = await import('../src/bench/table.ts');
const { astroBin } = await import('./lib/astro.ts');
const { commandFlags } = await import('../src/cli/args.ts');

const root = join(import.meta.dirname, '..');
const USAGE = `Utilisation : npm run bench -- [options]

  --sizes 100,1000,10000  les tailles des contenus fictifs dont la vérification est mesurée
  --no-build              ne mesure que la vérification
  --build-size 1000       la taille du contenu dont la construction est mesurée
  --repeat 2              le nombre de constructions de chaque site (la meilleure compte)
  --help                  affiche cette aide`;

const values = commandFlags(
	process.argv.slice(2),
	{
		sizes: { type: 'string', default: '100,1000,10000' },
		'build-size': { type: 'string', default: '1000' },
		'no-build': { type: 'boolean', default: false },
		repeat: { type: 'string', default: '2' },
	},
	USAGE,
);

console.log('Vérification du contenu (lecture + règles dans ce processus ; commande : npm run check complet)\n');
const timings = values.sizes.split(',').map((size) => measureCheck(Number(size), join(root, 'scripts/check.ts')));
console.log(checkTable(timings));

if (!values['no-build']) {
	const modules = Number(values['build-size']);
	console.log(`\nConstruction complète du site, ${modules} modules (patientez : plusieurs minutes)\n`);
	// Inside the project: the build takes its content folder relative to it, and the plain
	// Starlight project finds the project's node_modules by walking up.
	mkdirSync(join(root, 'tmp'), { recursive: true });
	const work = mkdtempSync(join(root, 'tmp', 'bench-'));
	try {
		const corpus = syntheticCorpus({ modules });
		writeCorpus(corpus, join(work, 'content'));
		writePlainStarlight(corpus, join(work, 'starlight'));
		const ours: BuildTiming[] = [];
		const plain: BuildTiming[] = [];
		for (let run = 0; run < Number(values.repeat); run++) {
			ours.push(
				measureBuild('commun-formation', ['scripts/build.ts', '--outDir', join(work, 'dist')], {
					cwd: root,
					// One cache for all runs, as the plain project keeps its own in its node_modules.
					env: { COMMUN_SKIP_PDF: '1', COMMUN_CONTENT_DIR: relative(root, join(work, 'content')), COMMUN_CACHE_DIR: join(work, 'cache') },
					outDir: join(work, 'dist'),
				}),
			);
			plain.push(
				measureBuild('Starlight seul', [astroBin(), 'build', '--outDir', join(work, 'starlight-dist')], {
					cwd: join(work, 'starlight'),
					env: {},
					outDir: join(work, 'starlight-dist'),
				}),
			);
		}
		const builds = [bestOf(ours), bestOf(plain)];
		console.log(buildTable(builds));
		console.log(`\nMeilleure de ${values.repeat} constructions chacune ; « processeur » : temps de calcul des processus Node.`);
		for (const build of builds) if (build.status !== 0) console.log(`\n${build.label} a échoué :\n${build.tail}`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
