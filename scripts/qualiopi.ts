// `npm run qualiopi`: for each module, the nine items of Qualiopi's indicator 1 — given by the sheet,
// by organisation.yaml, or missing. Exit code: 0 when every module has them all, 1 when one is
// missing or the content has errors, 2 when the command itself is wrong.
import { enableCompileCache } from 'node:module';
import { existsSync } from 'node:fs';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { parseCommandLine } = await import('../src/cli/args.ts');
const { hasErrors } = await import('../src/model/diagnostics.ts');
const { defaultContentDir, relativeContentDir } = await import('../src/model/load.ts');
const { loadProject } = await import('../src/model/project.ts');
const { hasMissing, isQualiopiFormat, QUALIOPI_FORMATS, qualiopiReport } = await import('../src/qualiopi/report.ts');
const { formatText } = await import('../src/report/text.ts');

const USAGE = `Utilisation : npm run qualiopi -- [options]

  --format <format>    text (tableau, par défaut), json ou csv
  --content <dossier>  dossier du contenu (par défaut : content, ou la variable COMMUN_CONTENT_DIR)
  --help               affiche cette aide

Pour chaque module, les neuf informations de l’indicateur 1 de Qualiopi : données par la fiche,
reprises de organisation.yaml (training), ou manquantes.
Code de sortie : 0 si chaque module les a toutes, 1 s’il en manque une (ou si le contenu a des
erreurs), 2 si la commande est mal écrite.`;

const parsed = parseCommandLine(process.argv.slice(2), {
	format: { type: 'string', default: 'text' },
	content: { type: 'string' },
	help: { type: 'boolean', short: 'h', default: false },
});
if ('error' in parsed || parsed.positionals.length > 0) {
	console.error(`Erreur : ${'error' in parsed ? parsed.error : `argument inattendu : ${parsed.positionals[0]}`}\n\n${USAGE}`);
	process.exit(2);
}
const { format, content, help } = parsed.values;
if (help) {
	console.log(USAGE);
	process.exit(0);
}
if (!isQualiopiFormat(format)) {
	console.error(`Erreur : format inconnu « ${format} » : choisissez ${Object.keys(QUALIOPI_FORMATS).join(', ')}\n\n${USAGE}`);
	process.exit(2);
}
const contentDir = content ? relativeContentDir(content) : defaultContentDir();
if (!existsSync(contentDir)) {
	console.error(`Erreur : dossier du contenu introuvable « ${contentDir} »`);
	process.exit(2);
}

const project = loadProject({ contentDir });
// A file the loader could not read is missing from the table: say so rather than print a partial one.
const errors = project.content.messages.filter((message) => message.fatal);
if (hasErrors(errors)) {
	console.error(`${formatText(errors)}\nLe contenu a des erreurs : le tableau serait incomplet. Corrigez-les d’abord (npm run check).`);
	process.exit(1);
}
const report = qualiopiReport(project.graph);
const output = QUALIOPI_FORMATS[format](report);
process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
process.exitCode = hasMissing(report) ? 1 : 0;
