// The printed documents of the fixture site, read back as a reader would: text, pages, fonts, links.
// They are printed by the build (tests/setup/sites.ts); the tests that print again work in a copy.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceLabel } from '../../../src/model/licences.ts';
import { inspectPdf, pageTexts, pdfLinks } from '../../../src/pdf/inspect.ts';
import { moduleLabel } from '../../../src/site/labels.ts';
import { sheetPages } from '../../../src/pdf/jobs.ts';
import { formatClock, practicalInfo, QUALIOPI_ITEMS, runningOrder } from '../../../src/model/training-info.ts';
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
	it('gives the publisher’s SIRET and activity declaration on its back cover', async () => {
		const back = (await pageTexts(read('catalogue.pdf'))).at(-1)!.replace(/\s+/g, ' ');
		expect(back).toContain('Pour organiser une formation');
		expect(back).toContain(`SIRET ${organisation.siret}`);
		expect(back).toContain(`Déclaration d’activité enregistrée sous le numéro ${organisation.registration!.number} auprès du préfet de région ${organisation.registration!.region}`);
	});

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
	it('prints every module on one or two pages (three with a running order) with its title, version and licence', async () => {
		expect(modules.length).toBeGreaterThan(3);
		for (const module of modules) {
			const pdf = read(`modules/${module.id}.pdf`);
			const texts = await pageTexts(pdf);
			expect(texts.length, module.id).toBeGreaterThanOrEqual(1);
			expect(texts.length, module.id).toBeLessThanOrEqual(sheetPages(module));
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
		// A cover and a table of contents, then a front and a back per four personas.
		expect(doc.numPages).toBe(2 + 2 * Math.ceil(personas.length / 4));
		const xOf = async (pageNumber: number, name: string, back: boolean) => {
			const content = await (await doc.getPage(pageNumber)).getTextContent();
			const item = content.items.find((entry) => 'str' in entry && (back ? entry.str.startsWith(`${name} :`) : entry.str === name));
			return item && 'transform' in item ? (item.transform[4] as number) : Number.NaN;
		};
		const width = 595.28;
		for (const persona of personas.slice(0, 4)) {
			const front = await xOf(3, persona.data.name, false);
			const back = await xOf(4, persona.data.name, true);
			// The front's left edge and the back's mirrored right edge are the same column.
			expect(front < width / 2, persona.id).toBe(back > width / 2);
		}
		await task.destroy();
	});
});

describe('the print template of every multi-page document', () => {
	/** pdftotext's text of each page (the form feed it writes between pages), as a reader copies it. */
	const pdftotext = (path: string) =>
		execFileSync('pdftotext', ['-enc', 'UTF-8', join(site().outDir, 'pdf', path), '-'], { encoding: 'utf8' })
			.split('\f')
			.slice(0, -1)
			.map(flat);

	it('opens the catalogue on its cover with the edition, and its table of contents on page 2', () => {
		const texts = pdftotext('catalogue.pdf');
		expect(texts[0]).toContain(organisation.name);
		expect(texts[0]).toMatch(/Édition \d{4} · version du \d{1,2} \S+ \d{4}/);
		expect(texts[1]).toContain('Sommaire');
	});

	it('prints the kit with a cover, a table of contents whose numbers are right, « page n / N » and no heading anchor', () => {
		const texts = pdftotext('kit.pdf');
		expect(texts.length).toBeGreaterThan(4);
		// The cover sets its kind in capitals.
		expect(texts[0]).toMatch(/kit réseau/i);
		expect(texts[0]).toContain(organisation.name);
		expect(texts.join('\n')).not.toContain('Section intitulée');
		// Every page but the cover says its number and the count.
		texts.slice(1).forEach((text, index) => expect(text, `page ${index + 2}`).toContain(`page ${index + 2} / ${texts.length}`));
		expect(texts[1]).toContain('Sommaire');
		const pages = [...graph.byCollection.kit.values()];
		const numbers = tocNumbers(texts, pages.map((entry) => entry.data.title));
		for (const entry of pages) {
			const number = numbers.get(entry.data.title)!;
			expect(number, entry.id).toBeGreaterThan(2);
			expect(texts[number - 1], entry.id).toContain(entry.data.title);
		}
	});

	it('puts a table of contents before the persona cards, each name with the page of its card', () => {
		const texts = pdftotext('personas.pdf');
		expect(texts[1]).toContain('Sommaire');
		const personas = [...graph.byCollection.personas.values()];
		const numbers = tocNumbers(texts, personas.map((persona) => persona.data.name));
		for (const persona of personas) expect(texts[numbers.get(persona.data.name)! - 1], persona.id).toContain(persona.data.situation.slice(0, 20));
		texts.slice(1).forEach((text, index) => expect(text, `page ${index + 2}`).toContain(`page ${index + 2} / ${texts.length}`));
	});

	it('gives a deck’s PDF bookmarks named after its slides', async () => {
		const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const task = getDocument({ data: read(join('decks', 'atelier.pdf')), verbosity: 0 });
		const doc = await task.promise;
		const titles: string[] = [];
		const pending = [...((await doc.getOutline()) ?? [])];
		while (pending.length > 0) {
			const item = pending.shift()!;
			titles.push(flat(item.title));
			pending.push(...item.items);
		}
		await task.destroy();
		expect(titles).toContain('Atelier inventé');
		expect(titles).toContain('Un quiz');
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

/** Text as a reader copies it: one space for any run of spaces, line breaks and non-breaking spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const headings = QUALIOPI_ITEMS.map((item) => item.heading);
const withSequence = modules.filter((module) => module.data.sequence.length > 0);
const html = (page: string) => readFileSync(join(site().outDir, page, 'index.html'), 'utf8');
const textOfHtml = (page: string) =>
	flat(html(page).replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;|&rsquo;/g, '’'));

describe('a module as a training action', () => {
	it('has training modules with and without a running order to look at', () => {
		expect(withSequence.map((module) => module.id).sort()).toEqual(['ateliers', 'securite']);
		expect(modules.length).toBeGreaterThan(withSequence.length);
	});

	it('prints Qualiopi’s nine headings on every module sheet PDF, with the date of its last update', async () => {
		for (const module of modules) {
			const all = flat((await pageTexts(read(`modules/${module.id}.pdf`))).join(' '));
			expect(all, module.id).toContain('Informations pratiques');
			for (const heading of headings) expect(all, `${module.id} : ${heading}`).toContain(heading);
			expect(all, module.id).toMatch(/Informations à jour au \d{1,2} \S+ \d{4}/);
		}
	});

	it('prints the nine headings on every sheet of the catalogue', async () => {
		const texts = (await pageTexts(read('catalogue.pdf'))).map(flat);
		const numbers = tocNumbers(texts, modules.map(moduleLabel));
		// Sheets follow one another: a sheet runs from its title, on the page the contents give, to the
		// next sheet's title.
		const pageStarts = texts.map((_, index) => texts.slice(0, index).join(' ').length + (index > 0 ? 1 : 0));
		const all = texts.join(' ');
		const sheetStarts = modules
			.map((module) => ({ module, at: all.indexOf(moduleLabel(module), pageStarts[numbers.get(moduleLabel(module))! - 1]) }))
			.sort((a, b) => a.at - b.at);
		sheetStarts.forEach(({ module, at }, index) => {
			expect(at, module.id).toBeGreaterThan(-1);
			const sheet = all.slice(at, sheetStarts[index + 1]?.at ?? all.length);
			for (const heading of headings) expect(sheet, `${module.id} : ${heading}`).toContain(heading);
		});
	});

	it('shows each item from the module, else from organisation.yaml', async () => {
		const securite = flat((await pageTexts(read('modules/securite.pdf'))).join(' '));
		expect(securite).toContain('150 € par personne');
		expect(securite).toContain(organisation.training!.access!);
		const outils = flat((await pageTexts(read('modules/outils.pdf'))).join(' '));
		expect(outils).toMatch(/Tarifs Sur devis/);
	});

	it('prints the running order as a table whose clock starts at the start time and ends at start + duration (+ meal breaks)', async () => {
		for (const module of withSequence) {
			const start = practicalInfo(module.data, organisation).startTime.value;
			const breaks = module.data.sequence.filter((step) => step.break).reduce((total, step) => total + step.minutes, 0);
			const end = start + module.data.duration! * 60 + breaks;
			expect(runningOrder(module.data.sequence, start).at(-1)!.end).toBe(end);
			const caption = `Déroulé, de ${flat(formatClock(start))} à ${flat(formatClock(end))}`;
			expect(flat((await pageTexts(read(`modules/${module.id}.pdf`))).join(' ')), module.id).toContain(caption);
			expect(textOfHtml(`modules/${module.id}`), module.id).toContain(caption);
		}
		// The afternoon module starts at its own time; the other at 9 h 00, nobody saying otherwise.
		expect(textOfHtml('modules/ateliers')).toContain('Déroulé, de 13 h 30 à 17 h 00');
		expect(textOfHtml('modules/securite')).toContain('Déroulé, de 9 h 00 à 16 h 00');
	});

	it('prints a trainer sheet for every module with a running order, and only for those, marked as the facilitator’s document', async () => {
		expect(readdirSync(join(site().outDir, 'pdf', 'animation')).sort()).toEqual(withSequence.map((module) => `${module.id}.pdf`).sort());
		for (const module of withSequence) {
			const all = flat((await pageTexts(read(`animation/${module.id}.pdf`))).join(' '));
			expect(all, module.id).toContain('Document de l’animateur·rice');
			expect(all, module.id).toContain('Matériel à préparer');
		}
		const securite = flat((await pageTexts(read('animation/securite.pdf'))).join(' '));
		expect(securite).toContain('Déroulé, de 9 h 00 à 16 h 00');
		expect(securite).toContain('Une grille inventée');
		// The persona's facilitator notes and the quiz's answers are on the trainer sheet.
		expect(securite).toContain('Une action attendue inventée pour Léa');
		expect(securite).toContain('Un piège inventé pour Léa');
		expect(securite).toContain('Juste : Bleu');
		expect(securite).toContain('Faux : Vert');
	});

	it('keeps the persona’s facilitator notes off its public card and page, and the trainer sheet out of search', () => {
		expect(textOfHtml('personas/lea')).not.toContain('inventée pour Léa');
		expect(textOfHtml('personas')).not.toContain('inventée pour Léa');
		expect(html('modules/securite/animation')).toContain('Une action attendue inventée pour Léa');
		expect(html('modules/securite/animation')).not.toContain('data-pagefind-body');
		expect(html('personas/lea')).toContain('data-pagefind-body');
		expect(html('modules/securite')).toContain('href="/modules/securite/animation/"');
		expect(existsSync(join(site().outDir, 'modules', 'outils', 'animation'))).toBe(false);
	});

	it('publishes the general conditions from organisation.yaml, on the site and in the catalogue', async () => {
		const page = textOfHtml('conditions-generales');
		expect(page).toContain(organisation.training!.access!);
		expect(page).toContain(organisation.training!.leadTime!);
		expect(page).toContain('Référente handicap — contact@fixture.example');
		const catalogue = flat((await pageTexts(read('catalogue.pdf'))).join(' '));
		expect(catalogue).toContain('Conditions générales');
		expect(catalogue).toContain(organisation.training!.disabilityAccess!);
	});

	it('lists, on /competences/, the modules of each competence and the competences no module covers', () => {
		const page = html('competences');
		const rows = new Map([...page.matchAll(/<tr id="(.*?)"[\s\S]*?<\/tr>/g)].map((match) => [match[1]!, match[0]]));
		expect(rows.size).toBe(16 + 21);
		expect(rows.get('crcn-4-2')).toContain('href="/modules/securite/"');
		expect(rows.get('digcomp-4-2')).toContain('href="/modules/securite/"');
		expect(rows.get('crcn-3-4')).toContain('aucun module');
		const uncovered = /<ul data-uncovered="crcn">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
		expect(uncovered).toContain('#crcn-3-4');
		expect(uncovered).not.toContain('#crcn-4-2');
		expect(html('modules/securite')).toContain('href="/competences/#crcn-4-1"');
	});
});
