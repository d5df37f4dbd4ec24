// `unknown-deck`: every :deck[…] names an existing slide deck.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownDeck = unknownReferenceRule('decks', 'unknown-deck');
