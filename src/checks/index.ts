// The check step: every rule over the content graph, plus what the loader found, as one list of messages.
import { createMessage, sortMessages, type ContentMessage } from '../model/diagnostics.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Project } from '../model/project.ts';
import type { Rule } from './rule.ts';

/** Every rule, in the order their messages are most useful; each lives in its own file. */
export const rules: Rule[] = [];

export interface CheckOptions {
	/** Treat warnings as errors. */
	strict?: boolean;
	/** Run only these rules (all when absent). */
	only?: readonly string[];
}

export function runChecks(project: Project, options: CheckOptions = {}): ContentMessage[] {
	const messages = [...project.content.messages];
	for (const rule of rules) {
		if (options.only && !options.only.includes(rule.id)) continue;
		rule.check({
			content: project.content,
			graph: project.graph,
			at: (entry: LoadedEntry, path, locateOptions) => entry.locate(path, locateOptions),
			report: (problem) =>
				messages.push(
					createMessage({
						file: problem.file,
						point: problem.point,
						ruleId: rule.id,
						severity: problem.severity ?? rule.severity,
						message: problem.message,
						hint: problem.hint,
						related: problem.related,
					}),
				),
		});
	}
	if (options.strict) for (const message of messages) message.fatal = true;
	return sortMessages(messages);
}
