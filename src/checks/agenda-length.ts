// `agenda-length`: the parts of a deck's agenda add up to the length the deck announces.
import { agendaMinutes } from '../model/agenda.ts';
import { formatMinutes } from '../model/format.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';

/** "45 min", or "1 h 30 (90 min)" where the hours alone would hide the count. */
function length(minutes: number): string {
	const written = formatMinutes(minutes);
	return written === `${minutes} min` ? written : `${written} (${minutes} min)`;
}

export const agendaLength: Rule = {
	id: 'agenda-length',
	severity: 'warning',
	description: 'Les durées des parties du programme d’un support (« agenda ») font la durée annoncée (« minutes »).',
	check(context) {
		for (const deck of context.graph.byCollection.decks.values()) {
			const { minutes, agenda } = deck.data;
			if (minutes === undefined || agenda.length === 0) continue;
			const total = agendaMinutes(agenda);
			if (total === minutes) continue;
			const gap = Math.abs(minutes - total);
			context.report({
				file: deck.file,
				point: context.at(deck as LoadedEntry, ['minutes']),
				message: `les parties du programme durent ${length(total)} mais le support annonce ${length(minutes)}`,
				hint: `${total < minutes ? 'il manque' : 'il y a'} ${gap} min ${total < minutes ? 'au' : 'de trop dans le'} programme : ajustez les « minutes » des parties de « agenda », ou la durée annoncée`,
			});
		}
	},
};
