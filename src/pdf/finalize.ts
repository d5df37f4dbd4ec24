// Making a printed PDF reproducible and well described: fixed dates (from the source date),
// producer, title and document id, so that two builds of one commit write the same bytes.
// Chromium's own output differs between two prints only by its creation and modification dates.
import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';

export interface PdfDescription {
	title: string;
	author?: string;
	subject?: string;
	/** The date written as creation and modification date. */
	date: Date;
	/** A stable name of the document (its output path): the seed of its document id. */
	key: string;
}

export const PRODUCER = 'commun-formation (Chromium, pdf-lib)';

export async function finalizePdf(printed: Uint8Array, description: PdfDescription): Promise<Uint8Array> {
	const doc = await PDFDocument.load(printed, { updateMetadata: false });
	doc.setTitle(description.title, { showInWindowTitleBar: true });
	if (description.author) doc.setAuthor(description.author);
	if (description.subject) doc.setSubject(description.subject);
	doc.setCreator('commun-formation');
	doc.setProducer(PRODUCER);
	doc.setLanguage('fr');
	doc.setCreationDate(description.date);
	doc.setModificationDate(description.date);
	// The file identifier: derived from what the document is, never random (ISO 32000, 14.4).
	const id = createHash('sha256').update(`${description.key}\n${description.date.toISOString()}`).digest('hex').slice(0, 32);
	doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
	return doc.save({ useObjectStreams: true });
}
