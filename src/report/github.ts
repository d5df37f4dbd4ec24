// The CI report: one GitHub workflow annotation per problem, shown on the pull request's lines
// (`--format github`): ::error file=…,line=…,col=…,title=…::message.
import type { ContentMessage } from '../model/diagnostics.ts';
import { summarise } from './text.ts';

/** Escaping of an annotation's message, as GitHub's toolkit does it. */
function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escaping of an annotation's properties, where ":" and "," are separators. */
function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function formatGithub(messages: readonly ContentMessage[]): string {
	const lines = messages.map((message) => {
		const properties = [
			`file=${escapeProperty(message.file ?? '')}`,
			`line=${message.line ?? 1}`,
			`col=${message.column ?? 1}`,
			`title=${escapeProperty(message.ruleId ?? '')}`,
		].join(',');
		const body = [
			message.reason,
			...(message.hint ? [`indice : ${message.hint}`] : []),
			...message.related.map((place) => `voir aussi ${place.file}:${place.line}:${place.column}${place.message ? ` (${place.message})` : ''}`),
		].join('\n');
		return `::${message.fatal ? 'error' : 'warning'} ${properties}::${escapeData(body)}`;
	});
	lines.push(summarise(messages));
	return lines.join('\n');
}
