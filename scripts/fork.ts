// `npm run fork -- <module-id> --as <new-id>`: copies a module as an adaptation that credits its original.
// Exit code: 0 written, 1 content problem (unknown module, id taken), 2 mis-typed command.
import { enableCompileCache } from 'node:module';
import { relative } from 'node:path';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { AuthoringError } = await import('../src/authoring/errors.ts');
const { forkModule } = await import('../src/authoring/fork.ts');
const { parseCommandLine } = await import('../src/cli/args.ts');
const { contentRootOf } = await import('../src/cli/content-root.ts');
const { dateOption } = await import('../src/cli/date-option.ts');
const { runCommand } = await import('../src/cli/run.ts');

const USAGE = `Utilisation : npm run fork -- <module> --as <nouvel-identifiant> [options]

  --as <identifiant>   l’identifiant du module adapté (le nom de son fichier)
  --number <numéro>    son numéro dans le catalogue (par défaut à côté de l’original : 3 → 3A)
  --author <nom>       une autrice ou un auteur de l’adaptation (à répéter)
  --date <AAAA-MM-JJ>  la date écrite dans l’en-tête (par défaut : aujourd’hui)
  --content <dossier>  dossier du contenu (par défaut : content)

La copie indique son original (derivedFrom : commun d’origine, identifiant, version, adresse,
licence, auteur·rice·s) et « modified: true », comme le demande la licence CC BY-SA.
Le commun d’origine est « upstream » dans organisation.yaml : sans lui, la commande refuse.`;

await runCommand(USAGE, () => {
	const parsed = parseCommandLine(process.argv.slice(2), {
		as: { type: 'string' },
		number: { type: 'string' },
		author: { type: 'string', multiple: true },
		date: { type: 'string' },
		content: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	});
	if ('error' in parsed) throw new AuthoringError(parsed.error, 2);
	if (parsed.values.help) return void console.log(USAGE);
	const [id, ...rest] = parsed.positionals;
	if (!id) throw new AuthoringError('indiquez l’identifiant du module à adapter', 2);
	if (rest.length > 0) throw new AuthoringError(`argument inattendu : ${rest[0]}`, 2);
	if (!parsed.values.as) throw new AuthoringError('indiquez l’identifiant du module adapté : --as <nouvel-identifiant>', 2);
	const { contentDir } = contentRootOf(parsed.values.content);
	const result = forkModule({
		root: process.cwd(),
		contentDir,
		id,
		as: parsed.values.as,
		number: parsed.values.number,
		authors: parsed.values.author,
		date: dateOption(parsed.values.date),
	});
	console.log(`Module adapté créé : ${relative(process.cwd(), result.path)} (numéro ${result.number}), adapté de « ${id} » (${result.source}).`);
	for (const note of result.notes) console.log(`  ${note}`);
	console.log('Modifiez-le, puis lancez « npm run check ». À chaque nouvelle version : npm run bump.');
});
