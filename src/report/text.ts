// The human report: one line per problem, "fichier:ligne:colonne  gravité  code  message", then its hint.
import type { ContentMessage } from '../model/diagnostics.ts';

function plural(count: number, singular: string, pluralForm: string): string {
	return `${count} ${count > 1 ? pluralForm : singular}`;
}

export function summarise(messages: readonly ContentMessage[]): string {
	const errors = messages.filter((message) => message.fatal === true).length;
	const warnings = messages.length - errors;
	if (messages.length === 0) return 'Aucun problème trouvé dans le contenu.';
	return `${plural(errors, 'erreur', 'erreurs')}, ${plural(warnings, 'avertissement', 'avertissements')}.`;
}

export function formatText(messages: readonly ContentMessage[]): string {
	const lines: string[] = [];
	for (const message of messages) {
		const severity = message.fatal ? 'erreur' : 'avertissement';
		lines.push(`${message.file}:${message.line ?? 1}:${message.column ?? 1}  ${severity}  ${message.ruleId}  ${message.reason}`);
		if (message.hint) lines.push(`    indice : ${message.hint}`);
		for (const related of message.related) {
			lines.push(`    voir aussi ${related.file}:${related.line}:${related.column}${related.message ? ` (${related.message})` : ''}`);
		}
	}
	lines.push(summarise(messages));
	return lines.join('\n');
}
