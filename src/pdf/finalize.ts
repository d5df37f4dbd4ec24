// Making a printed PDF reproducible and well described: fixed dates (from the source date),
// producer, title and document id, so that two builds of one commit write the same bytes.
// Chromium's own output differs between two prints only by its creation and modification dates.
import { createHash } from 'node:crypto';
import { writeOutline, type Bookmark } from './outline.ts';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

export interface PdfDescription {
	title: string;
	author?: string;
	subject?: string;
	/** The date written as creation and modification date. */
	date: Date;
	/** A stable name of the document (its output path): the seed of its document id. */
	key: string;
	/** Bookmarks to write instead of the printer's (a deck's slide titles). */
	bookmarks?: readonly Bookmark[];
}

export const PRODUCER = 'commun-formation (Chromium, pdf-lib)';

const ID = PDFName.of('ID');

function text(value: PDFObject | undefined): string | undefined {
	return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/**
 * The tags of a table name their header cells with ids Chromium takes from its accessibility tree
 * ("node00011778"), which differ from one print to the next. They are renamed in the order of the
 * structure elements, and the id tree is rewritten as one sorted leaf.
 */
function normalizeStructureIds(doc: PDFDocument): void {
	const context = doc.context;
	const resolve = (value: PDFObject | undefined) => (value instanceof PDFRef ? context.lookup(value) : value);
	const elements = context
		.enumerateIndirectObjects()
		.map(([, object]) => object)
		.filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.Type) === PDFName.of('StructElem'));
	const names = new Map<string, string>();
	for (const element of elements) {
		const id = text(element.get(ID));
		if (id !== undefined && !names.has(id)) names.set(id, `id${String(names.size + 1).padStart(6, '0')}`);
	}
	if (names.size === 0) return;
	const renamed = (value: PDFObject | undefined) => {
		const id = text(value);
		return id !== undefined && names.has(id) ? PDFString.of(names.get(id)!) : value;
	};
	for (const element of elements) {
		if (element.has(ID)) element.set(ID, renamed(element.get(ID))!);
		const attributes = resolve(element.get(PDFName.of('A')));
		const list = attributes instanceof PDFArray ? attributes.asArray().map(resolve) : [attributes];
		for (const attribute of list) {
			const headers = attribute instanceof PDFDict ? resolve(attribute.get(PDFName.of('Headers'))) : undefined;
			if (headers instanceof PDFArray) for (let index = 0; index < headers.size(); index++) headers.set(index, renamed(headers.get(index))!);
		}
	}
	const root = resolve(doc.catalog.get(PDFName.of('StructTreeRoot')));
	if (!(root instanceof PDFDict) || !root.has(PDFName.of('IDTree'))) return;
	const pairs: [string, PDFObject][] = [];
	const pending = [root.get(PDFName.of('IDTree'))];
	while (pending.length > 0) {
		const reference = pending.pop();
		const node = resolve(reference);
		// The old nodes still hold the old ids: they go, or the file would keep them.
		if (reference instanceof PDFRef) context.delete(reference);
		if (!(node instanceof PDFDict)) continue;
		const kids = resolve(node.get(PDFName.of('Kids')));
		if (kids instanceof PDFArray) pending.push(...kids.asArray());
		const leaf = resolve(node.get(PDFName.of('Names')));
		if (leaf instanceof PDFArray) {
			for (let index = 0; index + 1 < leaf.size(); index += 2) {
				const id = text(leaf.get(index));
				if (id !== undefined) pairs.push([names.get(id) ?? id, leaf.get(index + 1)]);
			}
		}
	}
	pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	root.set(PDFName.of('IDTree'), context.obj({ Names: pairs.flatMap(([id, target]) => [PDFString.of(id), target]) }));
}

export async function finalizePdf(printed: Uint8Array, description: PdfDescription): Promise<Uint8Array> {
	const doc = await PDFDocument.load(printed, { updateMetadata: false });
	normalizeStructureIds(doc);
	if (description.bookmarks) writeOutline(doc, description.bookmarks);
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
