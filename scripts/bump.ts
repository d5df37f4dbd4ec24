// `npm run bump -- <id> patch|minor|major -m "<summary>"`: raises the version of a content,
// sets its date and adds the changelog entry. Exit code: 0 done, 1 content problem, 2 mis-typed command.
import { enableCompileCache } from 'node:module';
import { relative } from 'node:path';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { bumpEntry } = await import('../src/authoring/bump.ts');
const { AuthoringError } = await import('../src/authoring/errors.ts');
const { parseCommandLine } = await import('../src/cli/args.ts');
const { contentRootOf } = await import('../src/cli/content-root.ts');
const { dateOption } = await import('../src/cli/date-option.ts');
const { runCommand } = await import('../src/cli/run.ts');
const { isBumpLevel } = await import('../src/versioning/semver.ts');

const USAGE = `Utilisation : npm run bump -- <identifiant> patch|minor|major -m "ce qui a changé"

  patch                correction (coquille, reformulation) : 1.2.3 → 1.2.4
  minor                ajout ou changement de fond compatible : 1.2.3 → 1.3.0
  major                refonte : 1.2.3 → 2.0.0
  -m, --message <texte>  le résumé du changement, écrit dans le journal (changelog)
  --date <AAAA-MM-JJ>  la date du changement (par défaut : aujourd’hui)
  --content <dossier>  dossier du contenu (par défaut : content)

Fonctionne pour les modules, les supports, les pages du kit et les parcours.`;

await runCommand(USAGE, () => {
	const parsed = parseCommandLine(process.argv.slice(2), {
		message: { type: 'string', short: 'm' },
		date: { type: 'string' },
		content: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	});
	if ('error' in parsed) throw new AuthoringError(parsed.error, 2);
	if (parsed.values.help) return void console.log(USAGE);
	const [id, level, ...rest] = parsed.positionals;
	if (!id || !level) throw new AuthoringError('indiquez l’identifiant du contenu et le niveau (patch, minor ou major)', 2);
	if (rest.length > 0) throw new AuthoringError(`argument inattendu : ${rest[0]}`, 2);
	if (!isBumpLevel(level)) throw new AuthoringError(`niveau inconnu « ${level} » : choisissez patch, minor ou major`, 2);
	if (parsed.values.message === undefined) throw new AuthoringError('le résumé du changement manque : ajoutez -m "ce qui a changé"', 2);
	const date = dateOption(parsed.values.date);
	const { contentRoot } = contentRootOf(parsed.values.content);
	const result = bumpEntry({ contentRoot, id, level, summary: parsed.values.message, date });
	console.log(`${relative(process.cwd(), result.path)} : version ${result.from} → ${result.to}, journal complété (${date}).`);
	if (result.markedModified) console.log('Contenu adapté : « modified: true » ajouté, comme le demande la licence CC BY-SA.');
});
