// reveal.js writes its speaker view in English into the window the notes plugin opens. That window
// has the deck's origin, so the deck page can reach it and put its labels in French; the view's own
// script keeps working, as only texts change. Texts the view rewrites later (the layout label, its
// 12-hour clock, a connection error) are put back in French as soon as they change.

/** The name reveal.js's notes plugin gives the speaker view's window. */
const SPEAKER_VIEW_WINDOW = 'reveal.js - Notes';

const TEXTS: Record<string, string> = {
	'#connection-status': 'Chargement de la vue présentateur…',
	'#upcoming-slide .label': 'Diapositive suivante',
	'.speaker-controls-time .reset-button': 'cliquer pour remettre à zéro',
	'.pacing-title': 'Rythme : temps restant pour cette diapositive',
};

const LAYOUTS: Record<string, string> = {
	default: 'par défaut',
	wide: 'large',
	tall: 'en hauteur',
	'notes-only': 'notes seules',
};

/** Messages the view may show later, by the English words they start with. */
const LATER_MESSAGES: [RegExp, string][] = [
	[/^Cross origin error/, 'La vue présentateur ne peut s’ouvrir que depuis le site du support.'],
	[/^Error connecting/, 'La vue présentateur ne trouve pas la présentation. Fermez cette fenêtre et rouvrez-la.'],
];

const frenchClock = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

/** Calls `rewrite` now and whenever the text of `element` changes, except for its own change. */
function keepRewriting(element: Element, rewrite: (text: string) => string | undefined): void {
	const apply = () => {
		const next = rewrite(element.textContent ?? '');
		if (next !== undefined && next !== element.textContent) element.textContent = next;
	};
	apply();
	new MutationObserver(apply).observe(element, { childList: true, characterData: true, subtree: true });
}

function layoutLabel(document: Document): string {
	const chosen = document.querySelector<HTMLSelectElement>('.speaker-layout-dropdown')?.value ?? '';
	return `Disposition : ${LAYOUTS[chosen] ?? chosen}`;
}

/** Puts the speaker view written in `document` in French, and keeps the texts it rewrites in French. */
export function translateSpeakerView(document: Document, deckTitle: string): void {
	document.documentElement.lang = 'fr';
	document.title = `Vue présentateur · ${deckTitle}`;
	for (const [selector, text] of Object.entries(TEXTS)) {
		const element = document.querySelector(selector);
		if (element) element.textContent = text;
	}
	const timeTitle = document.querySelector('.speaker-controls-time > h4.label')?.firstChild;
	if (timeTitle?.nodeType === Node.TEXT_NODE) timeTitle.textContent = 'Chronomètre ';
	for (const option of document.querySelectorAll<HTMLOptionElement>('.speaker-layout-dropdown option')) {
		option.textContent = LAYOUTS[option.value] ?? option.textContent;
	}
	const label = document.querySelector('.speaker-layout-label');
	if (label) keepRewriting(label, (text) => (text.startsWith('Layout') || text === '' ? layoutLabel(document) : undefined));
	const clock = document.querySelector('.clock-value');
	if (clock) keepRewriting(clock, (text) => (/[AP]M$/.test(text) ? frenchClock.format(new Date()) : undefined));
	const status = document.querySelector('#connection-status');
	if (status) keepRewriting(status, (text) => LATER_MESSAGES.find(([english]) => english.test(text))?.[1]);
}

/**
 * Translates the speaker view each time the notes plugin opens it, from the toolbar's button or
 * the S key: the plugin writes the view synchronously right after window.open, so a microtask
 * queued then finds it written.
 */
export function frenchSpeakerView(deckTitle: string): void {
	const open = window.open.bind(window);
	window.open = (url?: string | URL, target?: string, features?: string) => {
		const opened = open(url, target, features);
		if (opened && target === SPEAKER_VIEW_WINDOW) queueMicrotask(() => translateSpeakerView(opened.document, deckTitle));
		return opened;
	};
}
