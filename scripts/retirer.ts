// `npm run retirer -- <module>…`: removes modules and every reference to them (headers, :module[…],
// links), with a new patch version for each versioned content touched, and says what it did.
// Exit code: 0 done, 1 content problem (unknown module), 2 mis-typed command.
import { enableCompileCache } from 'node:module';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { AuthoringError } = await import('../src/authoring/errors.ts');
const { retireModules } = await import('../src/authoring/retire.ts');
const { parseCommandLine } = await import('../src/cli/args.ts');
const { contentRootOf } = await import('../src/cli/content-root.ts');
const { runCommand } = await import('../src/cli/run.ts');
const { loadProject } = await import('../src/model/project.ts');
const { today } = await import('../src/versioning/versioned.ts');

const USAGE = `Utilisation : npm run retirer -- <module> [<module>…] [options]

Supprime les fichiers de ces modules et enlève toute référence à eux : prérequis, prolongements,
étapes de parcours, modules des personas, des rôles, du glossaire et des supports ; dans les
textes, :module[…] et les liens vers leurs pages deviennent de simples mots. Chaque module,
parcours, support ou page du kit modifié reçoit une version « patch » qui le dit.

  --date <AAAA-MM-JJ>  la date des nouvelles versions (par défaut : aujourd’hui)
  --content <dossier>  dossier du contenu (par défaut : content)`;

await runCommand(USAGE, () => {
	const parsed = parseCommandLine(process.argv.slice(2), { date: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
	if ('error' in parsed) throw new AuthoringError(parsed.error, 2);
	if (parsed.values.help) return void console.log(USAGE);
	const date = parsed.values.date ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AuthoringError(`date invalide « ${date} » : le format attendu est AAAA-MM-JJ`, 2);
	const { contentDir } = contentRootOf(parsed.values.content);
	const project = loadProject({ root: process.cwd(), contentDir });
	const result = retireModules({ project, ids: parsed.positionals, date });
	for (const id of result.removed) console.log(`Module retiré : ${id}`);
	for (const file of result.edited) {
		console.log(`${file.file}${file.version ? ` (version ${file.version})` : ''}`);
		for (const change of file.changes) console.log(`  ${change}`);
	}
	for (const warning of result.warnings) console.log(`Attention : ${warning}`);
	console.log(`${result.edited.length} fichier${result.edited.length > 1 ? 's' : ''} modifié${result.edited.length > 1 ? 's' : ''}. Lancez « npm run check » pour vérifier.`);
});
