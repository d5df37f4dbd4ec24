// `npm run check`: reads the content, runs every check and prints what is wrong, where, and how to fix it.
// Exit code: 0 without errors, 1 with errors, 2 when the command itself is wrong.
import { existsSync } from 'node:fs';
import { parseCheckArgs, CHECK_USAGE } from '../src/cli/check-options.ts';
import { rules, runChecks } from '../src/checks/index.ts';
import { hasErrors } from '../src/model/diagnostics.ts';
import { defaultContentDir } from '../src/model/load.ts';
import { loadProject } from '../src/model/project.ts';
import { reportFormats } from '../src/report/index.ts';
import { formatRuleList } from '../src/report/rule-list.ts';

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
const contentDir = command.content ?? defaultContentDir();
if (!existsSync(contentDir)) {
	console.error(`Erreur : dossier du contenu introuvable « ${contentDir} »`);
	process.exit(2);
}

const messages = runChecks(loadProject({ contentDir }), { strict: command.strict });
console.log(reportFormats[command.format](messages));
process.exitCode = hasErrors(messages) ? 1 : 0;
