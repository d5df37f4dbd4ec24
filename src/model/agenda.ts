// A deck's timing as data: the parts of its agenda add up to the length of the session.
import type { AgendaPart, Deck } from './schemas/deck.ts';

/** Total of the agenda's parts, in minutes. */
export function agendaMinutes(agenda: readonly AgendaPart[]): number {
	return agenda.reduce((total, part) => total + part.minutes, 0);
}

/** How long a deck's session lasts: its stated length, or else the sum of its agenda (undefined if neither). */
export function deckMinutes(deck: Pick<Deck, 'minutes' | 'agenda'>): number | undefined {
	if (deck.minutes !== undefined) return deck.minutes;
	return deck.agenda.length > 0 ? agendaMinutes(deck.agenda) : undefined;
}

/** Start time of each part, in minutes from the beginning of the session. */
export function agendaStarts(agenda: readonly AgendaPart[]): number[] {
	const starts: number[] = [];
	let elapsed = 0;
	for (const part of agenda) {
		starts.push(elapsed);
		elapsed += part.minutes;
	}
	return starts;
}
