// `npm run check`: reads the content, runs every check and prints what is wrong, where, and how to fix it.
// Exit code: 0 without errors, 1 with errors, 2 when the command itself is wrong.
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

// Node keeps our modules compiled (types stripped) between runs: about a third of a second per check.
// The imports below are dynamic so that they come after this line.
enableCompileCache?.();
const { parseCheckArgs, CHECK_USAGE } = await import('../src/cli/check-options.ts');
const { rules, runChecks } = await import('../src/checks/index.ts');
const { hasErrors, sortMessages } = await import('../src/model/diagnostics.ts');
const { defaultContentDir, relativeContentDir } = await import('../src/model/load.ts');
const { loadProject } = await import('../src/model/project.ts');
const { reportFormats } = await import('../src/report/index.ts');
const { formatRuleList } = await import('../src/report/rule-list.ts');
const { checkSince, SinceError } = await import('../src/versioning/since.ts');

const parsed = parseCheckArgs(process.argv.slice(2));
if ('error' in parsed) {
	console.error(`Erreur : ${parsed.error}\n\n${CHECK_USAGE}`);
	process.exit(2);
}
const { command } = parsed;
if (command.help || command.list) {
	console.log(command.help ? CHECK_USAGE : formatRuleList(rules));
	process.exit(0);
}
const contentDir = command.content ? relativeContentDir(command.content) : defaultContentDir();
if (!existsSync(contentDir)) {
	console.error(`Erreur : dossier du contenu introuvable « ${contentDir} »`);
	process.exit(2);
}

const project = loadProject({ contentDir });
let messages = runChecks(project, { strict: command.strict });
if (command.since !== undefined) {
	try {
		messages = sortMessages([...messages, ...checkSince(project, command.since)]);
	} catch (error) {
		if (!(error instanceof SinceError)) throw error;
		console.error(`Erreur : ${error.message}`);
		process.exit(2);
	}
}
console.log(reportFormats[command.format](messages));
process.exitCode = hasErrors(messages) ? 1 : 0;
