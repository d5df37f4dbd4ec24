// Starts reveal.js on a deck page, bundled from node_modules: nothing is loaded from elsewhere.
// Sets html[data-deck-ready="true"] once the slides (or, with ?print-pdf, the print pages) are laid
// out: the PDF printer waits for it before calling page.pdf({ preferCSSPageSize: true }).
import Reveal from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import { frenchSpeakerView } from './speaker-view-french.ts';

const printing = /print-pdf/i.test(window.location.search);
// The speaker view shows the current and next slides in frames of this page, opened with ?receiver:
// there the tools bar would cover the slides.
const preview = new URLSearchParams(window.location.search).has('receiver');
if (preview) document.documentElement.dataset.deckPreview = 'true';

/** Space and Enter on a quiz's button or answer belong to the quiz, not to the slide show. */
function keyboardCondition(event: KeyboardEvent): boolean {
	const target = document.activeElement;
	const inControl = target instanceof HTMLElement && target.closest('button, label, input, a') !== null;
	return !(inControl && (event.key === ' ' || event.key === 'Enter'));
}

/** reveal.js names its arrows in English; a French page names them in French. */
const CONTROL_LABELS: Record<string, string> = {
	'navigate-left': 'Diapositive précédente',
	'navigate-right': 'Diapositive suivante',
	'navigate-up': 'Diapositive du dessus',
	'navigate-down': 'Diapositive du dessous',
};

function frenchControls(): void {
	for (const [name, label] of Object.entries(CONTROL_LABELS)) {
		document.querySelector(`.reveal .controls .${name}`)?.setAttribute('aria-label', label);
	}
}

function markReady(): void {
	document.documentElement.dataset.deckReady = 'true';
}

const deck = new Reveal(document.querySelector<HTMLElement>('.reveal')!, {
	hash: true,
	width: 1280,
	height: 720,
	margin: 0.06,
	controls: true,
	progress: true,
	slideNumber: 'c/t',
	// Content in the middle of the slide, as reveal.js does by default, but slide by slide: each
	// slide carries the class "center" unless it asked for the top with ::haut (src/markdown/slides.ts).
	center: false,
	transition: 'slide',
	// One page per slide in the PDF, with every fragment shown.
	pdfSeparateFragments: false,
	pdfMaxPagesPerSlide: 1,
	keyboardCondition,
	plugins: [RevealNotes],
});

if (printing) deck.on('pdf-ready', markReady);
else if (!preview) frenchSpeakerView(document.querySelector('.cf-title-slide h1')?.textContent?.trim() ?? document.title);

deck.initialize().then(() => {
	frenchControls();
	if (!printing) markReady();
});

/**
 * While the speaker view is open, this window is what the audience sees: the tools bar hides. The
 * speaker view says it is there once connected, then every second; without news for a few seconds,
 * it was closed.
 */
let speakerViewSeen: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('message', (event) => {
	if (event.origin !== window.location.origin || typeof event.data !== 'string') return;
	let message: { namespace?: string; type?: string };
	try {
		message = JSON.parse(event.data) as typeof message;
	} catch {
		return;
	}
	if (message.namespace !== 'reveal-notes' || (message.type !== 'connected' && message.type !== 'heartbeat')) return;
	document.documentElement.dataset.deckPresenting = 'true';
	clearTimeout(speakerViewSeen);
	speakerViewSeen = setTimeout(() => delete document.documentElement.dataset.deckPresenting, 3000);
});

document.querySelector('.cf-deck-tools__notes')?.addEventListener('click', () => {
	(deck.getPlugin('notes') as unknown as { open(): void } | undefined)?.open();
});
