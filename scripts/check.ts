// `npm run check`: reads the content, runs every check and prints what is wrong, where, and how to fix it.
import { parseArgs } from 'node:util';
import { runChecks } from '../src/checks/index.ts';
import { hasErrors } from '../src/model/diagnostics.ts';
import { loadProject } from '../src/model/project.ts';
import { formatText } from '../src/report/text.ts';

const { values } = parseArgs({
	options: {
		strict: { type: 'boolean', default: false },
		content: { type: 'string' },
	},
});

const project = loadProject({ contentDir: values.content });
const messages = runChecks(project, { strict: values.strict });
console.log(formatText(messages));
process.exitCode = hasErrors(messages) ? 1 : 0;
