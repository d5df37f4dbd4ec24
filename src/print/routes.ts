// Where printable pages live on the site (/print/…) and where their PDFs are written (/pdf/…):
// the one place that pairs a print route with its PDF, read by the pages, the links and the printer.

/** Print route of the whole catalogue. */
export const CATALOGUE_PRINT_PATH = '/print/catalogue/';
/** Print route of the persona cards. */
export const PERSONAS_PRINT_PATH = '/print/personas/';
/** Print route of the kit, written by the kit's own pages when the kit exists. */
export const KIT_PRINT_PATH = '/print/kit/';

export const CATALOGUE_PDF_PATH = '/pdf/catalogue.pdf';
export const PERSONAS_PDF_PATH = '/pdf/personas.pdf';
export const KIT_PDF_PATH = '/pdf/kit.pdf';

/** "/print/modules/securite-donnees/" */
export function modulePrintPath(id: string): string {
	return `/print/modules/${id}/`;
}

/** "/pdf/modules/securite-donnees.pdf" */
export function modulePdfPath(id: string): string {
	return `/pdf/modules/${id}.pdf`;
}

/** "/print/animation/securite-donnees/": a module's trainer sheet for paper. */
export function trainerSheetPrintPath(id: string): string {
	return `/print/animation/${id}/`;
}

/** "/pdf/animation/securite-donnees.pdf" */
export function trainerSheetPdfPath(id: string): string {
	return `/pdf/animation/${id}.pdf`;
}

/** The print contract of a deck: reveal.js's own print mode on the deck's page. */
export function deckPrintPath(id: string): string {
	return `/decks/${id}/?print-pdf`;
}

/** "/pdf/decks/cafe-numerique.pdf" */
export function deckPdfPath(id: string): string {
	return `/pdf/decks/${id}.pdf`;
}

/** A custom catalogue's file: "/pdf/catalogue-travail-social.pdf". */
export function customCataloguePdfPath(slug: string): string {
	return `/pdf/catalogue-${slug}.pdf`;
}

/** The id of the element where a module starts in the catalogue: its TOC line links to it. */
export function moduleAnchor(id: string): string {
	return `module-${id}`;
}

export function sectionAnchor(id: string): string {
	return `section-${id}`;
}

export function parcoursAnchor(id: string): string {
	return `parcours-${id}`;
}

/** Where the general conditions start in the catalogue. */
export const CONDITIONS_ANCHOR = 'conditions-generales';

/** Where the chapter of learning paths starts in the catalogue. */
export const PARCOURS_ANCHOR = 'les-parcours';

/** Where a front page (presentation, approach…) starts in the catalogue. */
export function frontPageAnchor(id: string): string {
	return `page-${id}`;
}

/** Where a persona's card (its front) is in the printed cards: the table of contents links to it. */
export function personaCardAnchor(id: string): string {
	return `carte-${id}`;
}
