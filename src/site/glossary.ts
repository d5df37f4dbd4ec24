// The glossary in alphabetical order, grouped under the letters a reader jumps to.
import type { Entry } from '../model/load.ts';

export interface GlossaryLetter {
	/** The capital letter shown, without accent: "E" holds "Émancipation". */
	letter: string;
	/** The anchor of the letter's heading on /glossaire/. */
	anchor: string;
	terms: Entry<'glossaire'>[];
}

/** Ligatures that NFD leaves whole: a French reader looks for "Œuvre" under O. */
const LIGATURES: Record<string, string> = { Œ: 'O', Æ: 'A' };

/**
 * The letter a term is filed under: its first letter without accent, after any opening quote or
 * sign ("« Cloud »" under C); "#" when it starts with a digit or has no letter.
 */
export function initialOf(term: string): string {
	const text = term.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/^[\p{P}\p{Z}\p{S}]+/u, '');
	const first = text.charAt(0).toUpperCase();
	const letter = LIGATURES[first] ?? first;
	return /^[A-Z]$/.test(letter) ? letter : '#';
}

export function letterAnchor(letter: string): string {
	return letter === '#' ? 'lettre-autres' : `lettre-${letter.toLowerCase()}`;
}

/** Terms sorted as a French reader expects (accents and case ignored), grouped by initial letter. */
export function glossaryByLetter(terms: Iterable<Entry<'glossaire'>>): GlossaryLetter[] {
	const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
	const sorted = [...terms].sort((a, b) => collator.compare(a.data.term, b.data.term) || a.id.localeCompare(b.id));
	const letters: GlossaryLetter[] = [];
	for (const entry of sorted) {
		const letter = initialOf(entry.data.term);
		let group = letters.find((candidate) => candidate.letter === letter);
		if (!group) {
			group = { letter, anchor: letterAnchor(letter), terms: [] };
			letters.push(group);
		}
		group.terms.push(entry);
	}
	// Signs and digits come after Z, where a reader who did not find a word looks last.
	return letters.sort((a, b) => (a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter.localeCompare(b.letter)));
}

/** Terms that name this one in `related`, or that it names: "see also" works both ways. */
export function relatedTerms(all: Iterable<Entry<'glossaire'>>, term: Entry<'glossaire'>): Entry<'glossaire'>[] {
	const entries = [...all];
	const ids = new Set(term.data.related);
	for (const other of entries) if (other.data.related.includes(term.id)) ids.add(other.id);
	ids.delete(term.id);
	const collator = new Intl.Collator('fr', { sensitivity: 'base' });
	return entries.filter((entry) => ids.has(entry.id)).sort((a, b) => collator.compare(a.data.term, b.data.term));
}
