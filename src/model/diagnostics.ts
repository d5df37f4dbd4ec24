// Content messages: vfile messages in French, each with a place, a rule id and a hint.
import { VFileMessage } from 'vfile-message';
import type { Point } from './source.ts';

export type Severity = 'error' | 'warning';

export interface RelatedPlace {
	file: string;
	line: number;
	column: number;
	message?: string;
}

/** A vfile message that also carries how to fix the problem and the other places involved. */
export class ContentMessage extends VFileMessage {
	hint?: string;
	related: RelatedPlace[] = [];

	get severity(): Severity {
		return this.fatal ? 'error' : 'warning';
	}
}

export interface MessageInit {
	file: string;
	point?: Point;
	ruleId: string;
	severity: Severity;
	message: string;
	hint?: string;
	related?: RelatedPlace[];
}

export const MESSAGE_SOURCE = 'commun-formation';

export function createMessage(init: MessageInit): ContentMessage {
	const point = init.point ?? { line: 1, column: 1 };
	const message = new ContentMessage(init.message, {
		place: point,
		ruleId: init.ruleId,
		source: MESSAGE_SOURCE,
	});
	message.file = init.file;
	message.fatal = init.severity === 'error';
	if (init.hint) {
		message.hint = init.hint;
		message.note = init.hint;
	}
	if (init.related) message.related = init.related;
	return message;
}

/** Orders messages by file, then line, then column, so reports read top to bottom. */
export function sortMessages<T extends VFileMessage>(messages: T[]): T[] {
	return [...messages].sort(
		(a, b) =>
			(a.file ?? '').localeCompare(b.file ?? '') ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0),
	);
}

export function hasErrors(messages: readonly ContentMessage[]): boolean {
	return messages.some((message) => message.fatal === true);
}
