// Facts about a deck that its pages show: how many slides it makes, as the slide layout counts them.
import type { ContentGraph } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';
import { countSlides, splitSlides } from '../markdown/slides.ts';

/**
 * Slides the deck page adds around the body: the title slide, the programme (with an agenda), the
 * dated sources (when there are any), the credits and the licence.
 */
export function generatedSlideCount(deck: Entry<'decks'>): number {
	return 3 + (deck.data.agenda.length > 0 ? 1 : 0) + (deck.data.sources.length > 0 ? 1 : 0);
}

/** How many slides a deck shows, its title, programme and credits included. */
export function deckSlideCount(graph: ContentGraph, deck: Entry<'decks'>): number {
	const tree = graph.treeOf(deck);
	const body = tree ? countSlides(splitSlides(tree)) : 0;
	return body + generatedSlideCount(deck);
}
