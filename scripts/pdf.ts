// `npm run pdf`: prints the PDFs of the built site into dist/pdf/ (the catalogue, a sheet per module,
// the persona cards, the kit, the decks), or with --modules / --parcours one organisation's catalogue.
// Exit code: 0 when printed, 1 when printing failed, 2 when the command is wrong.
import { enableCompileCache } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomCatalogue } from '../src/pdf/selection.ts';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { readBuildRecord, recordPdfsPrinted } = await import('../src/build/record.ts');
const { parsePdfArgs, PDF_USAGE } = await import('../src/cli/pdf-options.ts');
const { countOf } = await import('../src/model/format.ts');
const { defaultContentDir } = await import('../src/model/load.ts');
const { loadProject } = await import('../src/model/project.ts');
const { runPdf } = await import('../src/pdf/run.ts');
const { resolveSelection } = await import('../src/pdf/selection.ts');
const { CATALOGUE_PRINT_PATH } = await import('../src/print/routes.ts');

const parsed = parsePdfArgs(process.argv.slice(2));
if ('error' in parsed) {
	console.error(`Erreur : ${parsed.error}\n\n${PDF_USAGE}`);
	process.exit(2);
}
const { command } = parsed;
if (command.help) {
	console.log(PDF_USAGE);
	process.exit(0);
}

const root = process.cwd();
const contentDir = defaultContentDir();
let custom: CustomCatalogue | undefined;
if (command.modules || command.parcours) {
	const resolved = resolveSelection(loadProject({ root, contentDir }).graph, command);
	if ('errors' in resolved) {
		console.error(resolved.errors.map((error) => `Erreur : ${error}`).join('\n'));
		process.exit(2);
	}
	custom = resolved.catalogue;
}
if (!existsSync(join(command.outDir, CATALOGUE_PRINT_PATH, 'index.html'))) {
	console.error(`Erreur : le site construit est introuvable dans « ${command.outDir} » : lancez d’abord npm run build.`);
	process.exit(1);
}
// The PDFs are printed from the site as it was built: under its base, with its address.
const record = readBuildRecord(command.outDir);
if ('error' in record) {
	console.error(`Erreur : ${record.error}`);
	process.exit(1);
}

try {
	const start = performance.now();
	const results = await runPdf({ root, contentDir, outDir: command.outDir, base: record.base, site: record.site, custom, log: console.log });
	if (!custom) recordPdfsPrinted(command.outDir);
	console.log(`${countOf(results.length, 'PDF imprimé', 'PDF imprimés')} en ${((performance.now() - start) / 1000).toFixed(1)} s.`);
} catch (error) {
	console.error(`Erreur : impression des PDF impossible.\n${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
