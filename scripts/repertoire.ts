// `npm run repertoire -- export <fichier.csv>` and `npm run repertoire -- import <fichier.csv>`:
// the directory of places to and from a spreadsheet; with `--standard`, to and from the national
// standard of digital mediation places (CSV or JSON, by the file's extension). Exit code 0 when
// done, 1 when the table has problems (nothing is written then), 2 when the command is wrong.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
const { countOf } = await import('../src/model/format.ts');
const { defaultContentDir, relativeContentDir } = await import('../src/model/load.ts');
const { loadProject } = await import('../src/model/project.ts');
const { exportDirectory, importDirectory } = await import('../src/repertoire/csv.ts');
const { exportStandard, importStandard } = await import('../src/repertoire/standard.ts');
const { directoryFolder, writePlaces } = await import('../src/repertoire/files.ts');

const USAGE = `Utilisation :
  npm run repertoire -- export <fichier.csv>   écrit le répertoire dans un tableau CSV
  npm run repertoire -- import <fichier.csv>   crée ou met à jour les fiches de content/repertoire/
Options :
  --standard            au format du standard national des lieux de médiation numérique
                        (<fichier.csv> ou <fichier.json>)
  --content <dossier>   un autre dossier de contenu que content/`;

const args = process.argv.slice(2);
let contentDir = defaultContentDir();
const contentFlag = args.indexOf('--content');
if (contentFlag !== -1) {
	const folder = args[contentFlag + 1];
	if (!folder) {
		console.error(`Erreur : indiquez un dossier après --content\n\n${USAGE}`);
		process.exit(2);
	}
	contentDir = relativeContentDir(folder);
	args.splice(contentFlag, 2);
}
const standardFlag = args.indexOf('--standard');
const standard = standardFlag !== -1;
if (standard) args.splice(standardFlag, 1);
const [command, file, ...rest] = args;
if (command === '--help' || command === 'aide') {
	console.log(USAGE);
	process.exit(0);
}
if ((command !== 'export' && command !== 'import') || !file || rest.length > 0) {
	console.error(`Erreur : commande attendue « export <fichier.csv> » ou « import <fichier.csv> »\n\n${USAGE}`);
	process.exit(2);
}

const format = file.toLowerCase().endsWith('.json') ? 'json' : 'csv';
const { graph } = loadProject({ contentDir });
if (command === 'export' && standard) {
	const result = exportStandard(graph, format);
	if (result.problems.length > 0) {
		for (const problem of result.problems) {
			console.error(`${problem.file}${problem.column ? `, champ « ${problem.column} »` : ''} : ${problem.message}`);
			if (problem.hint) console.error(`    indice : ${problem.hint}`);
		}
		console.error(`${countOf(result.problems.length, 'lieu refusé', 'lieux refusés')} par le standard : rien n’a été écrit. Corrigez les fiches puis relancez l’export.`);
		process.exit(1);
	}
	writeFileSync(file, result.text);
	console.log(`${countOf(result.count, 'lieu exporté', 'lieux exportés')} au format du standard national dans ${file}.`);
	process.exit(0);
}
if (command === 'export') {
	writeFileSync(file, exportDirectory(graph));
	const count = graph.byCollection.repertoire.size;
	console.log(`${count} lieu${count > 1 ? 'x' : ''} exporté${count > 1 ? 's' : ''} dans ${file}.`);
	process.exit(0);
}

if (!existsSync(file)) {
	console.error(`Erreur : fichier introuvable « ${file} »`);
	process.exit(2);
}
const text = readFileSync(file, 'utf8');
const result = standard ? importStandard(text, format, graph) : importDirectory(text, graph);
// A line of a CSV; an item of a JSON list.
const place = standard && format === 'json' ? 'lieu n°' : 'ligne';
if (result.problems.length > 0) {
	for (const problem of result.problems) {
		console.error(`${file}, ${place} ${problem.row}${problem.column ? `, ${format === 'json' ? 'champ' : 'colonne'} « ${problem.column} »` : ''} : ${problem.message}`);
		if (problem.hint) console.error(`    indice : ${problem.hint}`);
	}
	const count = result.problems.length;
	console.error(`${count} problème${count > 1 ? 's' : ''} : aucune fiche n’a été écrite. Corrigez le tableau puis relancez l’import.`);
	process.exit(1);
}
const report = writePlaces(directoryFolder(process.cwd(), contentDir), result.places);
console.log(
	`${countOf(result.places.length, 'lieu lu', 'lieux lus')} : ` +
		`${countOf(report.created.length, 'créé', 'créés')}, ${report.updated.length} mis à jour, ${countOf(report.unchanged.length, 'inchangé', 'inchangés')}.`,
);
if (report.notInTable.length > 0)
	console.log(`Fiches absentes du tableau, gardées telles quelles : ${report.notInTable.join(', ')}. Supprimez leur fichier si le lieu n’existe plus.`);
console.log('Lancez « npm run check » pour vérifier l’ensemble du contenu.');
