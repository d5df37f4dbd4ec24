// The machine report: every problem as JSON, for editors and other tools (`--format json`).
import type { ContentMessage } from '../model/diagnostics.ts';

export interface JsonProblem {
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning';
	code: string;
	message: string;
	hint?: string;
	related: { file: string; line: number; column: number; message?: string }[];
}

export function toJsonProblem(message: ContentMessage): JsonProblem {
	return {
		file: message.file ?? '',
		line: message.line ?? 1,
		column: message.column ?? 1,
		severity: message.fatal ? 'error' : 'warning',
		code: message.ruleId ?? '',
		message: message.reason,
		...(message.hint ? { hint: message.hint } : {}),
		related: message.related.map((place) => ({ ...place })),
	};
}

export function formatJson(messages: readonly ContentMessage[]): string {
	const errors = messages.filter((message) => message.fatal).length;
	return JSON.stringify({ errors, warnings: messages.length - errors, problems: messages.map(toJsonProblem) }, null, 2);
}
