// `npm run upstream -- status|diff`: compares a fork's adapted modules with the commons they come from.
// Exit code: 0 done (even when modules are behind), 1 upstream or module not found, 2 mis-typed command.
import { enableCompileCache } from 'node:module';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { AuthoringError } = await import('../src/authoring/errors.ts');
const { formatUpstreamStatus, openUpstream, upstreamDiff, upstreamStatus } = await import('../src/authoring/upstream.ts');
const { parseCommandLine } = await import('../src/cli/args.ts');
const { contentRootOf } = await import('../src/cli/content-root.ts');
const { runCommand } = await import('../src/cli/run.ts');
const { loadProject } = await import('../src/model/project.ts');

const USAGE = `Utilisation : npm run upstream -- status [--from <dossier ou adresse git>]
              npm run upstream -- diff <module> [--from <dossier ou adresse git>]

  status               pour chaque module adapté (derivedFrom), les versions publiées par l’amont
                       depuis celle qu’il a adaptée, avec leur ligne de journal
  diff <module>        la différence entre l’original dans l’amont et votre module
  --from <source>      le dossier ou l’adresse git du commun d’origine (par défaut :
                       upstream.repository dans organisation.yaml)
  --content <dossier>  dossier du contenu (par défaut : content)`;

await runCommand(USAGE, () => {
	const parsed = parseCommandLine(process.argv.slice(2), {
		from: { type: 'string' },
		content: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	});
	if ('error' in parsed) throw new AuthoringError(parsed.error, 2);
	if (parsed.values.help) return void console.log(USAGE);
	const [action, id, ...rest] = parsed.positionals;
	if (action !== 'status' && action !== 'diff') throw new AuthoringError(action ? `action inconnue « ${action} » : status ou diff` : 'indiquez status ou diff', 2);
	if (action === 'diff' && !id) throw new AuthoringError('indiquez le module à comparer : npm run upstream -- diff <module>', 2);
	const extra = action === 'status' ? [id, ...rest] : rest;
	if (extra.some((value) => value !== undefined)) throw new AuthoringError(`argument inattendu : ${extra.find((value) => value !== undefined)}`, 2);

	const { contentDir } = contentRootOf(parsed.values.content);
	const fork = loadProject({ contentDir });
	const from = parsed.values.from ?? fork.graph.organisation?.upstream?.repository;
	if (!from) {
		throw new AuthoringError('indiquez le commun d’origine : --from <dossier ou adresse git>, ou « upstream: { repository: … } » dans organisation.yaml', 2);
	}
	const upstream = openUpstream(from);
	try {
		console.log(action === 'status' ? formatUpstreamStatus(upstreamStatus(fork, upstream.project), upstream.label) : upstreamDiff(fork, upstream.project, id!));
	} finally {
		upstream.dispose();
	}
});
