// `npm run new -- module|persona|deck|parcours <id>`: writes a new content file from its template.
// Exit code: 0 written, 1 content problem (id taken, unknown section), 2 mis-typed command.
import { enableCompileCache } from 'node:module';
import { relative } from 'node:path';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { AuthoringError } = await import('../src/authoring/errors.ts');
const { createEntry, isNewKind, NEW_KIND_NAMES } = await import('../src/authoring/new-entry.ts');
const { parseCommandLine } = await import('../src/cli/args.ts');
const { contentRootOf } = await import('../src/cli/content-root.ts');
const { dateOption } = await import('../src/cli/date-option.ts');
const { runCommand } = await import('../src/cli/run.ts');

const USAGE = `Utilisation : npm run new -- ${NEW_KIND_NAMES.join('|')} <identifiant> [options]

  --title <titre>      le titre (ou le prénom d’une persona) ; par défaut tiré de l’identifiant
  --section <id>       module : sa section (par défaut la première)
  --number <numéro>    module : son numéro dans le catalogue (par défaut le suivant)
  --module <id>        parcours : une étape (à répéter, dans l’ordre) ; support, persona : un module lié
  --author <nom>       une autrice ou un auteur (à répéter)
  --date <AAAA-MM-JJ>  la date écrite dans l’en-tête (par défaut : aujourd’hui)
  --content <dossier>  dossier du contenu (par défaut : content)

L’identifiant devient le nom du fichier : minuscules sans accent, chiffres et tirets.`;

await runCommand(USAGE, () => {
	const parsed = parseCommandLine(process.argv.slice(2), {
		title: { type: 'string' },
		section: { type: 'string' },
		number: { type: 'string' },
		module: { type: 'string', multiple: true },
		author: { type: 'string', multiple: true },
		date: { type: 'string' },
		content: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	});
	if ('error' in parsed) throw new AuthoringError(parsed.error, 2);
	if (parsed.values.help) return void console.log(USAGE);
	const [kind, id, ...rest] = parsed.positionals;
	if (!kind || !id) throw new AuthoringError(`indiquez le type (${NEW_KIND_NAMES.join(', ')}) puis l’identifiant`, 2);
	if (rest.length > 0) throw new AuthoringError(`argument inattendu : ${rest[0]}`, 2);
	if (!isNewKind(kind)) throw new AuthoringError(`type inconnu « ${kind} » : choisissez ${NEW_KIND_NAMES.join(', ')}`, 2);
	const { contentDir } = contentRootOf(parsed.values.content);
	const { path, notes } = createEntry({
		root: process.cwd(),
		contentDir,
		kind,
		id,
		title: parsed.values.title,
		section: parsed.values.section,
		number: parsed.values.number,
		modules: parsed.values.module,
		authors: parsed.values.author,
		date: dateOption(parsed.values.date),
	});
	console.log(`Fichier créé : ${relative(process.cwd(), path)}`);
	for (const note of notes) console.log(`  ${note}`);
	console.log('Remplacez les « À compléter », puis lancez « npm run check ».');
});
