// Reading a printed PDF back: on which page each named destination lies. Chromium writes a named
// destination for every element that a link of the document points to (href="#id"), which is how
// the catalogue learns the real page of each module for its table of contents.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

function nameOf(key: PDFObject): string | undefined {
	if (key instanceof PDFName) return key.decodeText();
	if (key instanceof PDFString || key instanceof PDFHexString) return key.decodeText();
	return undefined;
}

/** Destination names mapped to 1-based page numbers. */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const pageNumbers = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
	const found = new Map<string, number>();
	const record = (name: string | undefined, value: PDFObject | undefined) => {
		if (!name || !value) return;
		let target = value instanceof PDFRef ? doc.context.lookup(value) : value;
		if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'));
		if (!(target instanceof PDFArray)) return;
		const page = target.get(0);
		const number = page instanceof PDFRef ? pageNumbers.get(page.toString()) : undefined;
		if (number !== undefined) found.set(name, number);
	};

	// Old style: a /Dests dictionary in the catalog (what Chromium writes).
	const dests = doc.catalog.lookup(PDFName.of('Dests'));
	if (dests instanceof PDFDict) for (const [key, value] of dests.entries()) record(nameOf(key), value);

	// New style: a /Names /Dests name tree, walked without recursion.
	const names = doc.catalog.lookup(PDFName.of('Names'));
	const root = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
	const pending = root instanceof PDFDict ? [root] : [];
	while (pending.length > 0) {
		const node = pending.pop()!;
		const kids = node.lookup(PDFName.of('Kids'));
		if (kids instanceof PDFArray) for (const kid of kids.asArray()) pending.push(doc.context.lookup(kid) as PDFDict);
		const pairs = node.lookup(PDFName.of('Names'));
		if (pairs instanceof PDFArray) {
			for (let index = 0; index + 1 < pairs.size(); index += 2) record(nameOf(pairs.get(index)), pairs.get(index + 1));
		}
	}
	return found;
}
