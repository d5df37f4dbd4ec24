// The check step: every rule over the content graph, plus what the loader found, as one list of messages.
import type { ContentMessage } from '../model/diagnostics.ts';
import { sortMessages } from '../model/diagnostics.ts';
import type { Project } from '../model/project.ts';

export interface CheckOptions {
	/** Treat warnings as errors. */
	strict?: boolean;
}

export function runChecks(project: Project, options: CheckOptions = {}): ContentMessage[] {
	const messages = [...project.content.messages];
	if (options.strict) for (const message of messages) message.fatal = true;
	return sortMessages(messages);
}
