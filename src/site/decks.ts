// Facts about a deck that its pages show: how many slides it makes, as the slide layout counts them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entry } from '../model/load.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { countSlides, splitSlides } from '../markdown/slides.ts';

/** Slides the deck page adds around the body: the title slide, the programme (with an agenda), the credits and the licence. */
export function generatedSlideCount(deck: Entry<'decks'>): number {
	return 3 + (deck.data.agenda.length > 0 ? 1 : 0);
}

/** How many slides a deck shows, its title, programme and credits included. */
export function deckSlideCount(deck: Entry<'decks'>, root = process.cwd()): number {
	const parsed = parseMarkdown(readFileSync(resolve(root, deck.file), 'utf8'), deck.file.endsWith('.md') ? 'md' : 'mdx');
	const body = 'tree' in parsed ? countSlides(splitSlides(parsed.tree)) : 0;
	return body + generatedSlideCount(deck);
}
