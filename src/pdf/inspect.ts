// What a reader of a printed PDF gets: its pages, its fonts (and whether each is embedded) and its
// text as a PDF reader extracts it. The printer refuses a PDF without text or with a font left out.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface PdfFont {
	name: string;
	embedded: boolean;
}

export interface PdfReport {
	pages: number;
	fonts: PdfFont[];
}

function dict(doc: PDFDocument, value: unknown): PDFDict | undefined {
	const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
	return resolved instanceof PDFDict ? resolved : undefined;
}

/** Every font the pages use, by base name, and whether its glyphs travel inside the file. */
export async function inspectPdf(pdf: Uint8Array): Promise<PdfReport> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const fonts = new Map<string, PdfFont>();
	for (const page of doc.getPages()) {
		const fontDict = dict(doc, dict(doc, page.node.Resources())?.get(PDFName.of('Font')));
		for (const [, ref] of fontDict?.entries() ?? []) {
			const font = dict(doc, ref);
			if (!font) continue;
			const subtype = font.get(PDFName.of('Subtype'))?.toString();
			const base = font.get(PDFName.of('BaseFont'))?.toString().replace(/^\//, '') ?? '(sans nom)';
			let descriptor: PDFDict | undefined;
			if (subtype === '/Type0') {
				const descendants = font.lookup(PDFName.of('DescendantFonts'));
				const first = descendants instanceof PDFArray ? dict(doc, descendants.get(0)) : undefined;
				descriptor = dict(doc, first?.get(PDFName.of('FontDescriptor')));
			} else {
				descriptor = dict(doc, font.get(PDFName.of('FontDescriptor')));
			}
			// Type 3 fonts draw their glyphs with the page's own operators: nothing to embed.
			const embedded =
				subtype === '/Type3' ||
				['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.get(PDFName.of(key)) !== undefined);
			fonts.set(base, { name: base, embedded });
		}
	}
	return { pages: doc.getPageCount(), fonts: [...fonts.values()] };
}

/** The text of each page, as a PDF reader extracts it (pdf.js, the reader built into Firefox). */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
	const doc = await task.promise;
	try {
		const texts: string[] = [];
		for (let number = 1; number <= doc.numPages; number++) {
			const page = await doc.getPage(number);
			const content = await page.getTextContent();
			// Items are runs of text; a space between two runs keeps a title apart from its page number.
			texts.push(
				content.items
					.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
					.join('')
					.replace(/[ \t]+/g, ' '),
			);
		}
		return texts;
	} finally {
		await task.destroy();
	}
}

/** The address of every link a reader can click, page by page in order (a link's /URI action). */
export async function pdfLinks(pdf: Uint8Array): Promise<string[]> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const links: string[] = [];
	for (const page of doc.getPages()) {
		const annotations = page.node.Annots();
		for (const ref of annotations?.asArray() ?? []) {
			const action = dict(doc, dict(doc, ref)?.get(PDFName.of('A')));
			const uri = action?.lookup(PDFName.of('URI'));
			if (uri instanceof PDFString || uri instanceof PDFHexString) links.push(uri.decodeText());
		}
	}
	return links;
}
