import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { writeOutline } from '../../../src/pdf/outline.ts';

describe('bookmarks written from a list', () => {
	it('gives a reader one bookmark per entry, in order, each opening its page', async () => {
		const doc = await PDFDocument.create();
		for (let page = 0; page < 3; page++) doc.addPage([842, 595]);
		writeOutline(doc, [
			{ title: 'Atelier : « accueil »', page: 1 },
			{ title: 'Un quiz', page: 3 },
			{ title: 'Hors du document', page: 9 },
		]);
		const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const task = getDocument({ data: await doc.save(), verbosity: 0 });
		const pdf = await task.promise;
		const outline = (await pdf.getOutline()) ?? [];
		expect(outline.map((item) => item.title)).toEqual(['Atelier : « accueil »', 'Un quiz']);
		const pageOf = async (dest: unknown) => (await pdf.getPageIndex((dest as [{ num: number; gen: number }])[0])) + 1;
		expect(await Promise.all(outline.map((item) => pageOf(item.dest)))).toEqual([1, 3]);
		await task.destroy();
	});
});
