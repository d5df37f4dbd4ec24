import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finalizePdf } from '../../../src/pdf/finalize.ts';
import { pdfLinks } from '../../../src/pdf/inspect.ts';
import { verifyPdf } from '../../../src/pdf/run.ts';
import { sourceDate } from '../../../src/pdf/source-date.ts';
import { cssString } from '../../../src/print/page-css.ts';

async function pdfWith(text?: string): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const page = doc.addPage([595, 842]);
	if (text) page.drawText(text, { x: 50, y: 700, font: await doc.embedFont(StandardFonts.Helvetica) });
	return doc.save();
}

/** A one-page PDF with a clickable link to each address. */
async function pdfLinkingTo(...addresses: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const page = doc.addPage([595, 842]);
	page.drawText('Lien', { x: 50, y: 700, font: await doc.embedFont(StandardFonts.Helvetica) });
	const annotations = addresses.map((address) =>
		doc.context.register(
			doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 700, 100, 720], A: { Type: 'Action', S: 'URI', URI: PDFString.of(address) } }),
		),
	);
	page.node.set(PDFName.of('Annots'), doc.context.obj(annotations));
	return doc.save();
}

describe('checking a printed PDF', () => {
	it('refuses a PDF without text', async () => {
		const problems = await verifyPdf(await pdfWith(), { output: '/pdf/x.pdf', expectText: '' });
		expect(problems).toContain('aucun texte ne peut en être extrait');
	});

	it('refuses a font that is not embedded, and the absence of the project font', async () => {
		const problems = await verifyPdf(await pdfWith('Bonjour'), { output: '/pdf/x.pdf', expectText: 'Bonjour' });
		expect(problems).toEqual(['polices non incorporées : Helvetica', 'la police Lexend du projet n’y est pas incorporée']);
	});

	it('reads the address of every link, and refuses a link to the local print server', async () => {
		const pdf = await pdfLinkingTo('https://catalogue.example/modules/a/', 'http://127.0.0.1:41234/decks/b/', 'http://localhost:8080/');
		expect(await pdfLinks(pdf)).toEqual(['https://catalogue.example/modules/a/', 'http://127.0.0.1:41234/decks/b/', 'http://localhost:8080/']);
		const problems = await verifyPdf(pdf, { output: '/pdf/decks/b.pdf', expectText: '', deck: true });
		expect(problems).toContain('liens vers le serveur local d’impression : http://127.0.0.1:41234/decks/b/, http://localhost:8080/');
		expect(await verifyPdf(await pdfLinkingTo('https://catalogue.example/'), { output: '/pdf/decks/b.pdf', expectText: '', deck: true })).not.toContainEqual(
			expect.stringContaining('serveur local'),
		);
	});
});

describe('reproducible PDFs', () => {
	it('writes the source date and a document id that depend only on the document', async () => {
		const date = new Date('2026-11-24T06:40:38Z');
		const printed = await pdfWith('Bonjour');
		const a = await finalizePdf(printed, { title: 'Essai', date, key: '/pdf/essai.pdf' });
		const b = await finalizePdf(printed, { title: 'Essai', date, key: '/pdf/essai.pdf' });
		expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
		const doc = await PDFDocument.load(a, { updateMetadata: false });
		expect(doc.getCreationDate()?.toISOString()).toBe(date.toISOString());
		expect(doc.getModificationDate()?.toISOString()).toBe(date.toISOString());
	});

	it('takes SOURCE_DATE_EPOCH before the last commit', () => {
		expect(sourceDate('/', { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
	});

	it('falls back to the newest content date outside a git repository', () => {
		expect(sourceDate('/', {}, ['2026-01-02', '2026-03-04']).toISOString()).toBe('2026-03-04T00:00:00.000Z');
	});
});

describe('running headers', () => {
	it('writes any title as a CSS string, with the French spacing of the pages', () => {
		expect(cssString('L’« accueil » \\ "bis"\nfin')).toBe('"L’«\u202Faccueil\u202F» \\\\ \\"bis\\" fin"');
		expect(cssString('Accueil : qui ?')).toBe('"Accueil\u00A0: qui\u202F?"');
	});
});
