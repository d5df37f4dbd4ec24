// The scripts of a deck page as one entry, bundled inline into the deck's single file
// (dist/decks/<id>.html, see src/offline/).
import './deck.ts';
import './quiz.ts';
