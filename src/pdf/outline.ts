// Bookmarks written into a PDF from a list of titles and pages: a deck's, one per slide. Chromium
// builds an outline from a page's headings, but a deck printed by reveal.js gets only some of them.
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';

export interface Bookmark {
	title: string;
	/** 1-based page number. */
	page: number;
}

/** Replaces the document's outline by one flat bookmark per entry, in order; pages out of range are left out. */
export function writeOutline(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
	const pages = doc.getPages();
	const kept = bookmarks.filter((bookmark) => bookmark.page >= 1 && bookmark.page <= pages.length);
	if (kept.length === 0) return;
	const context = doc.context;
	const root = context.nextRef();
	const refs: PDFRef[] = kept.map(() => context.nextRef());
	kept.forEach((bookmark, index) => {
		const item = context.obj({
			Title: PDFHexString.fromText(bookmark.title),
			Parent: root,
			Dest: context.obj([pages[bookmark.page - 1]!.ref, PDFName.of('Fit')]),
		});
		if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!);
		if (index < refs.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!);
		context.assign(refs[index]!, item);
	});
	context.assign(root, context.obj({ Type: PDFName.of('Outlines'), First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
	doc.catalog.set(PDFName.of('Outlines'), root);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
