// Which PDF a page of the site offers: its own (a module's sheet, the persona cards, the kit, a
// deck) when there is one, the whole catalogue otherwise. Read by the footer of every page.
import type { ContentGraph } from '../model/graph.ts';
import { CATALOGUE_PDF_PATH, deckPdfPath, KIT_PDF_PATH, modulePdfPath, PERSONAS_PDF_PATH, trainerSheetPdfPath } from './routes.ts';

export interface PdfOffer {
	/** Site path of the PDF, without base. */
	path: string;
	label: string;
}

const CATALOGUE: PdfOffer = { path: CATALOGUE_PDF_PATH, label: 'Le catalogue complet à imprimer (PDF)' };

/** `pathname` is the page's path without base ("/modules/caf/"). */
export function pdfOffers(graph: ContentGraph, pathname: string): PdfOffer[] {
	const [part, id] = pathname.split('/').filter(Boolean);
	const own: PdfOffer[] = [];
	const rest = pathname.split('/').filter(Boolean).slice(2);
	if (part === 'modules' && id && rest[0] === 'animation' && graph.get('modules', id)) {
		own.push({ path: trainerSheetPdfPath(id), label: 'La fiche de l’animateur·rice à imprimer (PDF, A4)' });
	} else if (part === 'modules' && id && graph.get('modules', id)) {
		own.push({ path: modulePdfPath(id), label: 'La fiche de ce module à imprimer (PDF, A4)' });
	} else if ((part === 'personas' || part === 'roles') && graph.byCollection.personas.size > 0) {
		own.push({ path: PERSONAS_PDF_PATH, label: 'Les cartes personas à imprimer (PDF, recto verso)' });
	} else if ((part === 'kit' || part === 'repertoire') && graph.byCollection.kit.size > 0) {
		own.push({ path: KIT_PDF_PATH, label: 'Le kit complet à imprimer, questionnaires compris (PDF)' });
	} else if (part === 'decks' && id && graph.get('decks', id)) {
		own.push({ path: deckPdfPath(id), label: 'Ce support à imprimer, une diapositive par page (PDF)' });
	}
	return graph.byCollection.modules.size > 0 ? [...own, CATALOGUE] : own;
}
