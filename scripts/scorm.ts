// `npm run scorm -- <module>…`: writes again, from the built site, the SCORM 1.2 package of the
// named modules (every module without a name) into dist/scorm/<module>.zip.
// Exit code: 0 when written, 1 when writing failed, 2 when the command is wrong.
import { enableCompileCache } from 'node:module';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { readBuildRecord } = await import('../src/build/record.ts');
const { parseCommandLine } = await import('../src/cli/args.ts');
const { countOf } = await import('../src/model/format.ts');
const { defaultContentDir } = await import('../src/model/load.ts');
const { loadProject } = await import('../src/model/project.ts');
const { describeFile } = await import('../src/offline/run.ts');
const { selectModules } = await import('../src/scorm/selection.ts');
const { writeScormPackages } = await import('../src/scorm/packages.ts');

const USAGE = `Utilisation : npm run scorm -- [<module>…] [--outDir <dossier>]

Écrit le paquet SCORM 1.2 de chaque module nommé (de tous les modules sans nom) dans
<dossier>/scorm/<module>.zip, à partir du site déjà construit par « npm run build » (dist/ par défaut).`;

const parsed = parseCommandLine(process.argv.slice(2), { outDir: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } });
if ('error' in parsed) {
	console.error(`Erreur : ${parsed.error}\n\n${USAGE}`);
	process.exit(2);
}
if (parsed.values.help) {
	console.log(USAGE);
	process.exit(0);
}

const root = process.cwd();
const outDir = parsed.values.outDir;
const { graph } = loadProject({ root, contentDir: defaultContentDir() });
const selection = selectModules(graph, parsed.positionals);
if ('errors' in selection) {
	console.error(selection.errors.map((error) => `Erreur : ${error}`).join('\n'));
	process.exit(2);
}
const record = readBuildRecord(outDir);
if ('error' in record) {
	console.error(`Erreur : ${record.error}`);
	process.exit(1);
}

try {
	const start = performance.now();
	const files = await writeScormPackages(graph, { outDir, base: record.base, site: record.site }, selection.modules);
	for (const file of files) {
		console.log(describeFile(file));
		for (const warning of file.warnings) console.log(`  attention : ${warning}`);
	}
	console.log(`${countOf(files.length, 'paquet SCORM écrit', 'paquets SCORM écrits')} en ${((performance.now() - start) / 1000).toFixed(1)} s.`);
} catch (error) {
	console.error(`Erreur : paquets SCORM impossibles à écrire.\n${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
