// `npm run check:links`: checks every link and anchor of the built site (dist/) offline;
// `-- --external` also requests the links to other sites. Exit code: 0 all good, 1 broken links,
// 2 when the command is wrong or the site is not built.
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { explainArgsError } = await import('../src/cli/args.ts');
const { readBuildRecord } = await import('../src/build/record.ts');
const { checkLinks } = await import('../src/links/check-links.ts');

const USAGE = `Utilisation : npm run check:links -- [options]

  --external        vérifie aussi les liens vers d’autres sites (demande un accès à Internet)
  --dist <dossier>  le site construit à vérifier (par défaut : dist)
  --help            affiche cette aide

Lancez d’abord « npm run build ». Code de sortie : 0 sans lien cassé, 1 s’il y en a, 2 si la commande est mal écrite.`;

let values;
try {
	({ values } = parseArgs({
		options: { external: { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h', default: false } },
		strict: true,
		allowPositionals: false,
	}));
} catch (error) {
	console.error(`Erreur : ${explainArgsError(error)}\n\n${USAGE}`);
	process.exit(2);
}
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const root = resolve(values.dist);
const record = readBuildRecord(values.dist);
if ('error' in record) {
	console.error(`Erreur : ${record.error}`);
	process.exit(2);
}

const under = record.base === '/' ? '' : ` (site construit sous ${record.base})`;
console.log(`${values.external ? 'Vérification des liens, y compris vers les autres sites' : 'Vérification des liens internes et des ancres'}${under}…`);
const report = await checkLinks({ root, base: record.base, pdf: record.pdf, external: values.external });
for (const link of report.broken) {
	console.log(`${link.page ?? '?'}  lien cassé  ${link.url}${link.status ? `  (statut ${link.status})` : ''}`);
}
const skipped = values.external ? '' : ` ; ${report.skipped} liens vers d’autres sites non vérifiés (option --external)`;
const pdfs = report.unprintedPdfs > 0 ? ` ; ${report.unprintedPdfs} liens vers des PDF non vérifiés : cette construction ne les a pas imprimés (lancez « npm run pdf »)` : '';
console.log(`${report.checked} liens valides, ${report.broken.length} cassés${skipped}${pdfs}.`);
// linkinator's request timers would keep the process alive a few more seconds.
process.exit(report.broken.length > 0 ? 1 : 0);
