// The printed documents of the fixture site, read back as a reader would: text, pages, fonts, links.
// They are printed by the build (tests/setup/sites.ts); the tests that print again work in a copy.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceLabel } from '../../../src/model/licences.ts';
import { inspectPdf, pageTexts, pdfLinks } from '../../../src/pdf/inspect.ts';
import { moduleLabel } from '../../../src/site/labels.ts';
import { printPdfs } from '../../helpers/build-site.ts';
import { siteGraph, useBuiltSite } from '../../helpers/sites.ts';

const site = useBuiltSite('fixture');
const graph = siteGraph('fixture');
const organisation = graph.organisation!;
const modules = graph.modulesInCatalogueOrder();

const read = (path: string) => new Uint8Array(readFileSync(join(site().outDir, 'pdf', path)));

/** A copy of the built site, without its PDFs, in a folder of its own: tests that print write there. */
let copy: string;

beforeAll(() => {
	copy = join(mkdtempSync(join(tmpdir(), 'commun-pdf-')), 'dist');
	cpSync(site().outDir, copy, { recursive: true });
	rmSync(join(copy, 'pdf'), { recursive: true, force: true });
	return () => rmSync(join(copy, '..'), { recursive: true, force: true });
});

/** `npm run pdf` on the copy: it serves the copy on a new port and prints into copy/pdf/. */
function runPdf(args: string[]) {
	return printPdfs(copy, site().contentDir, args, { timeLimit: 150_000 });
}

/** Every PDF under a folder, as paths relative to it. */
const pdfsUnder = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pdf')).sort();

/** The page number the table of contents gives for each label, read from its extracted text. */
function tocNumbers(texts: string[], labels: string[]): Map<string, number> {
	const toc = texts.find((text) => text.includes('Sommaire'))!;
	const flat = toc.replace(/\s+/g, ' ');
	return new Map(
		labels.map((label) => {
			const match = new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(flat);
			return [label, match ? Number(match[1]) : Number.NaN];
		}),
	);
}

describe('the catalogue PDF', () => {
	it('gives, for every module, the page where its sheet starts', async () => {
		const texts = await pageTexts(read('catalogue.pdf'));
		const labels = modules.map(moduleLabel);
		const numbers = tocNumbers(texts, labels);
		const tocPage = texts.findIndex((text) => text.includes('Sommaire'));
		for (const label of labels) {
			const starts = texts.findIndex((text, index) => index !== tocPage && text.replace(/\s+/g, ' ').includes(label)) + 1;
			expect(numbers.get(label), label).toBe(starts);
		}
	});

	it('names the section at the top of each of its pages', async () => {
		const texts = await pageTexts(read('catalogue.pdf'));
		const numbers = tocNumbers(texts, modules.map(moduleLabel));
		for (const module of modules) {
			const page = texts[numbers.get(moduleLabel(module))! - 1]!;
			const section = graph.get('sections', module.data.section)!.data.title;
			expect(page.trimStart().startsWith(section), `${module.id} : ${page.slice(0, 60)}`).toBe(true);
		}
	});

	it('opens on the publisher and closes on its contact', async () => {
		const texts = await pageTexts(read('catalogue.pdf'));
		expect(texts[0]).toContain(organisation.name);
		expect(texts.at(-1)).toContain(organisation.contact.email);
		expect(texts.join('\n')).toContain('Premiers pas');
	});

	it('embeds the project font and no other', async () => {
		const { fonts } = await inspectPdf(read('catalogue.pdf'));
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) {
			expect(font.embedded, font.name).toBe(true);
			expect(font.name).toMatch(/Lexend/);
		}
	});

	it('has bookmarks, tags and a title', async () => {
		const doc = await PDFDocument.load(read('catalogue.pdf'), { updateMetadata: false });
		expect(doc.catalog.has(PDFName.of('Outlines'))).toBe(true);
		expect(doc.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
		expect(doc.getTitle()).toContain(organisation.name);
	});
});

describe('the module sheets', () => {
	it('prints every module on one or two pages with its title, version and licence', async () => {
		expect(modules.length).toBeGreaterThan(3);
		for (const module of modules) {
			const pdf = read(`modules/${module.id}.pdf`);
			const texts = await pageTexts(pdf);
			expect(texts.length, module.id).toBeGreaterThanOrEqual(1);
			expect(texts.length, module.id).toBeLessThanOrEqual(2);
			const all = texts.join(' ').replace(/\s+/g, ' ');
			expect(all).toContain(module.data.title);
			expect(all).toContain(module.data.version);
			expect(all).toContain(licenceLabel(module.data.licence));
		}
	});

	it('says what a sheet was adapted from, and where its web page is', async () => {
		const all = (await pageTexts(read('modules/securite.pdf'))).join(' ').replace(/\s+/g, ' ');
		expect(all).toContain('Adapté de');
		expect(all).toContain('Commun d’origine');
		// The address under the QR code may wrap anywhere.
		expect(all.replace(/\s+/g, '')).toContain(`${organisation.site}modules/securite/`);
	});
});

describe('the persona cards', () => {
	it('puts four cards a sheet, each back behind its front once the sheet is turned over', async () => {
		const personas = [...graph.byCollection.personas.values()];
		expect(personas.length).toBeGreaterThan(4);
		const pdf = read('personas.pdf');
		const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const task = getDocument({ data: pdf, verbosity: 0 });
		const doc = await task.promise;
		expect(doc.numPages).toBe(2 * Math.ceil(personas.length / 4));
		const xOf = async (pageNumber: number, name: string, back: boolean) => {
			const content = await (await doc.getPage(pageNumber)).getTextContent();
			const item = content.items.find((entry) => 'str' in entry && (back ? entry.str.startsWith(`${name} :`) : entry.str === name));
			return item && 'transform' in item ? (item.transform[4] as number) : Number.NaN;
		};
		const width = 595.28;
		for (const persona of personas.slice(0, 4)) {
			const front = await xOf(1, persona.data.name, false);
			const back = await xOf(2, persona.data.name, true);
			// The front's left edge and the back's mirrored right edge are the same column.
			expect(front < width / 2, persona.id).toBe(back > width / 2);
		}
		await task.destroy();
	});
});

describe('printing again', () => {
	it('writes byte-identical files from another folder on another port, none linking to the print server', async () => {
		const again = await runPdf([]);
		expect(again.status, again.output).toBe(0);
		const files = pdfsUnder(join(site().outDir, 'pdf'));
		expect(files).toContain('catalogue.pdf');
		expect(files).toContain('personas.pdf');
		expect(files).toContain(join('decks', 'atelier.pdf'));
		expect(pdfsUnder(join(copy, 'pdf'))).toEqual(files);
		const local: string[] = [];
		for (const file of files) {
			const first = read(file);
			expect(Buffer.compare(first, readFileSync(join(copy, 'pdf', file))), file).toBe(0);
			for (const link of await pdfLinks(first)) if (/127\.0\.0\.1|localhost/.test(link)) local.push(`${file} → ${link}`);
		}
		expect(local).toEqual([]);
	});
});

describe('a custom catalogue', () => {
	it('keeps only the modules of a learning path, with a right table of contents', async () => {
		const result = await runPdf(['--parcours', 'premiers-pas']);
		expect(result.status, result.output).toBe(0);
		const texts = await pageTexts(new Uint8Array(readFileSync(join(copy, 'pdf', 'catalogue-premiers-pas.pdf'))));
		const all = texts.join(' ').replace(/\s+/g, ' ');
		expect(all).toContain('Parcours : Premiers pas');
		const kept = ['outils', 'accueil'].map((id) => moduleLabel(graph.get('modules', id)!));
		const dropped = ['securite', 'ateliers'].map((id) => moduleLabel(graph.get('modules', id)!));
		for (const label of dropped) expect(all).not.toContain(label);
		const numbers = tocNumbers(texts, kept);
		for (const label of kept) {
			expect(texts[numbers.get(label)! - 1]!.replace(/\s+/g, ' ')).toContain(label);
		}
	});

	it('refuses an unknown module and suggests the right one, in French', async () => {
		const result = await runPdf(['--modules', 'outil,securite']);
		expect(result.status).toBe(2);
		expect(result.output).toContain('module inconnu « outil » : vouliez-vous dire « outils » ?');
		expect(existsSync(join(copy, 'pdf', 'catalogue-outil-securite.pdf'))).toBe(false);
	});
});

describe('the site', () => {
	const pdfLinksOf = (page: string) =>
		[...readFileSync(join(site().outDir, page, 'index.html'), 'utf8').matchAll(/href="([^"]+\.pdf)"/g)].map((match) => match[1]!);

	it('offers on each page the PDF that goes with it', () => {
		expect(pdfLinksOf('')).toContain('/pdf/catalogue.pdf');
		for (const module of modules) expect(pdfLinksOf(`modules/${module.id}`)).toContain(`/pdf/modules/${module.id}.pdf`);
		expect(pdfLinksOf('personas')).toContain('/pdf/personas.pdf');
	});

	it('links only to PDFs the build wrote', () => {
		const pages = readdirSync(site().outDir, { recursive: true, encoding: 'utf8' }).filter(
			(file) => file.endsWith('index.html') && !file.startsWith('print'),
		);
		expect(pages.length).toBeGreaterThan(modules.length);
		for (const page of pages) {
			for (const link of pdfLinksOf(join(page, '..'))) expect(existsSync(join(site().outDir, link)), `${page} → ${link}`).toBe(true);
		}
	});
});
