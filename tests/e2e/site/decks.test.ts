// The decks as a trainer uses them, in headless Chromium over a built site: slides, keyboard,
// notes, quizzes, the print layout for PDFs, the index page, and nothing from another origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inspectPdf, pageTexts, pdfLinks } from '../../../src/pdf/inspect.ts';
import { deckFilePath } from '../../../src/offline/routes.ts';
import { deckPdfPath } from '../../../src/print/routes.ts';
import { deckSlideCount } from '../../../src/site/decks.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { siteGraph, useServedSite } from '../../helpers/sites.ts';
import { frenchSpacing } from '../../../src/typography/french-spacing.ts';

const graph = siteGraph('fixture');

const served = useServedSite('fixture');

interface Watched {
	page: Page;
	errors: string[];
	foreign: string[];
}

/** A fresh page that records console errors, uncaught exceptions and requests to other origins. */
async function openPage(path: string): Promise<Watched> {
	const page = await served().browser.newPage({ viewport: { width: 1280, height: 720 } });
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(served().server.url) && !url.startsWith('data:') && !url.startsWith('about:')) foreign.push(url);
	});
	await page.goto(`${served().server.url}${path}`);
	return { page, errors, foreign };
}

async function openDeck(id: string, query = ''): Promise<Watched> {
	const watched = await openPage(`/decks/${id}/${query}`);
	await watched.page.waitForSelector('html[data-deck-ready="true"]');
	return watched;
}

const currentTitle = (page: Page) =>
	page.$eval('.reveal .slides section.present:not(:has(section.present))', (slide) => slide.querySelector('h1, h2')?.textContent?.trim() ?? '');

describe('a deck', () => {
	it('loads with its title slide, programme, parts and slides, without error or foreign request', async () => {
		const { page, errors, foreign } = await openDeck('atelier');
		expect(await page.textContent('h1')).toBe('Atelier inventé');
		// Title + programme + 3 slides in "Accueil" + 4 in "Exercices" + credits + version and licence.
		expect(await page.$$eval('.reveal .slides section:not(:has(section))', (slides) => slides.length)).toBe(11);
		expect(await page.$$eval('.reveal .slides > section.cf-part', (parts) => parts.length)).toBe(2);
		expect(await page.textContent('.cf-programme')).toContain('Exercices');
		expect(await page.textContent('.cf-programme__total')).toBe(frenchSpacing('Durée totale : 1 h'));
		expect(await page.textContent('.cf-title-slide__origin')).toBe(
			frenchSpacing('Version modifiée, d’après : Première structure inventée, version 1.0.0 → Seconde structure inventée, version 1.5.0'),
		);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('ends on the version, licence and chain of origins, nearest first, with a link to its history page', async () => {
		const { page } = await openDeck('atelier');
		await page.keyboard.press('End');
		await page.waitForSelector('.reveal .slides > section.cf-attribution-slide.present');
		const attribution = (await page.innerText('.cf-attribution-slide')).replace(/\s+/g, ' ');
		expect(attribution).toContain('Version 2.0.0, mise à jour le 2 mars 2026');
		expect(attribution).toContain('Adapté de Seconde structure inventée, version 1.5.0 ; lui-même adapté de Première structure inventée, version 1.0.0');
		expect(attribution).toContain('Modifié oui');
		const box = await page.$eval('.cf-attribution-slide', (slide) => slide.getBoundingClientRect().height);
		expect(box).toBeLessThanOrEqual(720);
		expect(await page.getAttribute('.cf-deck-tools a[download]', 'href')).toBe('/pdf/decks/atelier.pdf');
		await page.click('.cf-attribution-slide a[href="/decks/atelier/historique/"]');
		await page.waitForURL(/\/decks\/atelier\/historique\/$/);
		const history = (await page.innerText('main')).replace(/\s+/g, ' ');
		expect(history).toContain('Version actuelle : 2.0.0');
		expect(history).toContain('Ce support est adapté de Seconde structure inventée, version 1.5.0 ; lui-même adapté de Première structure inventée, version 1.0.0. Modifié : oui.');
		await page.close();
	});

	it('moves to the next slide with the right arrow key, and down into a part', async () => {
		const { page } = await openDeck('atelier');
		expect(await currentTitle(page)).toBe('Atelier inventé');
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => window.location.hash === '#/1');
		expect(await currentTitle(page)).toBe('Programme');
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => window.location.hash === '#/2');
		expect(await currentTitle(page)).toBe('Accueil');
		await page.keyboard.press('ArrowDown');
		await page.waitForFunction(() => window.location.hash === '#/2/1');
		expect(await currentTitle(page)).toBe('Tour de table');
		await page.close();
	});

	it('keeps speaker notes out of the slides, for the speaker view', async () => {
		const { page } = await openDeck('atelier');
		const notes = await page.$$eval('.reveal .slides aside.notes', (asides) =>
			asides.map((aside) => ({ text: aside.textContent?.trim(), visible: aside.getBoundingClientRect().height > 0 })),
		);
		expect(notes.map((note) => note.text)).toContain('Note sur le tour de table.');
		expect(notes.every((note) => !note.visible)).toBe(true);
		expect(await page.evaluate(() => typeof (window as unknown as { Reveal?: unknown }).Reveal)).toBe('undefined');
		expect(await page.isVisible('.cf-deck-tools__notes')).toBe(true);
		await page.close();
	});

	it('opens the speaker view from its button, with the notes of the current slide, under the page’s policy', async () => {
		const { page, errors } = await openDeck('atelier', '#/2/1');
		expect(await currentTitle(page)).toBe('Tour de table');
		const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.click('.cf-deck-tools__notes')]);
		const refused: string[] = [];
		speakerView.on('console', (message) => {
			if (message.type() === 'error') refused.push(message.text());
		});
		await speakerView.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes('Note sur le tour de table.'), undefined, {
			timeout: 20_000,
		});
		expect(await speakerView.isVisible('#connection-status')).toBe(false);
		expect(await speakerView.getAttribute('html', 'lang')).toBe('fr');
		expect(await speakerView.title()).toBe('Vue présentateur · Atelier inventé');
		expect(await speakerView.textContent('#upcoming-slide .label')).toBe('Diapositive suivante');
		expect(await speakerView.textContent('.speaker-layout-label')).toBe('Disposition : par défaut');
		await speakerView.selectOption('.speaker-layout-dropdown', 'wide');
		expect(await speakerView.textContent('.speaker-layout-label')).toBe('Disposition : large');
		// The clock shows the time the French way once its first tick has run.
		await expect.poll(() => speakerView.textContent('.clock-value')).toMatch(/^\d{2}:\d{2}$/);
		expect(await speakerView.locator('#current-slide iframe').count()).toBe(1);
		// The slides shown in the view carry no tools bar over them.
		const preview = speakerView.frameLocator('#current-slide iframe');
		await preview.locator('html[data-deck-ready="true"]').waitFor();
		expect(await preview.locator('.cf-deck-tools').isVisible()).toBe(false);
		expect(refused).toEqual([]);
		expect(errors).toEqual([]);
		// While the speaker view is open, the audience's window shows the slides alone.
		await expect.poll(() => page.locator('.cf-deck-tools').isVisible()).toBe(false);
		await speakerView.close();
		await expect.poll(() => page.locator('.cf-deck-tools').isVisible(), { timeout: 15_000 }).toBe(true);
		await page.close();
	});

	it('centres a slide’s content, and opens each part on a slide styled apart', async () => {
		const { page } = await openDeck('atelier', '#/2/1');
		expect(await currentTitle(page)).toBe('Tour de table');
		const slide = page.locator('.reveal .slides section.present:not(:has(section))');
		const [slideBox, slidesBox] = [await slide.boundingBox(), await page.locator('.reveal .slides').boundingBox()];
		const above = slideBox!.y - slidesBox!.y;
		const below = slidesBox!.y + slidesBox!.height - (slideBox!.y + slideBox!.height);
		expect(above).toBeGreaterThan(50);
		expect(Math.abs(above - below)).toBeLessThan(5);
		await page.keyboard.press('ArrowUp');
		expect(await currentTitle(page)).toBe('Accueil');
		expect(await page.$eval('.reveal .slides section.present:not(:has(section))', (opening) => opening.classList.contains('cf-part-title'))).toBe(true);
		expect(await page.$eval('.reveal .slides section.present:not(:has(section)) h1', (title) => getComputedStyle(title).borderBottomStyle)).toBe('solid');
		await page.close();
	});

	it('offers its single file from the tools bar, to present away from the network', async () => {
		const { page } = await openDeck('atelier');
		const link = page.getByRole('link', { name: 'Télécharger pour présenter hors ligne' });
		expect(await link.getAttribute('href')).toBe(deckFilePath('atelier'));
		expect(await link.getAttribute('download')).not.toBeNull();
		const response = await page.request.get(`${served().server.url}${deckFilePath('atelier')}`);
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain('<h1>Atelier inventé</h1>');
		await page.close();
	});

	it('shows a background, a fragment and a persona card where the deck asks for them', async () => {
		const { page } = await openDeck('atelier');
		expect(await page.getAttribute('section:has(> .sl-heading-wrapper #exercices)', 'data-background-color')).toBe('#fdf1d6');
		expect(await page.textContent('.fragment')).toContain('Un fragment qui apparaît ensuite.');
		expect(await page.textContent('.cf-slide-persona .cf-persona-card__name')).toContain('Tom');
		await page.close();
	});

	it('reveals a quiz answer with the keyboard and announces it in a live region', async () => {
		const { page } = await openDeck('atelier', '#/3/1');
		expect(await currentTitle(page)).toBe('Un quiz');
		const quiz = page.locator('section.present:not(:has(section)) fieldset.cf-quiz');
		expect(await quiz.locator('legend').textContent()).toBe(frenchSpacing('Quelle couleur a le ciel par beau temps ?'));
		expect(await quiz.locator('.cf-quiz__answer').isVisible()).toBe(false);
		await quiz.getByLabel('Vert').focus();
		await page.keyboard.press('Space');
		expect(await quiz.getByLabel('Vert').isChecked()).toBe(true);
		await quiz.getByRole('button', { name: 'Voir la réponse' }).focus();
		await page.keyboard.press('Enter');
		const status = quiz.getByRole('status');
		expect(await status.textContent()).toBe('Ce n’est pas tout à fait ça. La bonne réponse : « Bleu ».');
		expect(await quiz.locator('.cf-quiz__answer').isVisible()).toBe(true);
		expect(await quiz.locator('[data-correct] label').textContent()).toContain('(bonne réponse)');
		// The keys the quiz used did not move the slide show.
		expect(await currentTitle(page)).toBe('Un quiz');
		await page.close();
	});

	it('shows every answer at once with ?answers, for a trainer’s handout', async () => {
		const { page } = await openDeck('atelier', '?answers');
		const shown = await page.$$eval('.cf-quiz', (quizzes) => quizzes.map((quiz) => quiz.classList.contains('cf-quiz--shown')));
		expect(shown).toEqual([true, true]);
		expect(await page.textContent('#cf-quiz-atelier-2 .cf-quiz__status')).toBe('Les bonnes réponses : « Pomme », « Poire ».');
		await page.close();
	});

	it('lays out one slide per page with fragments shown under ?print-pdf, and says when it is ready', async () => {
		const { page, errors } = await openDeck('atelier', '?print-pdf');
		const pages = await page.$$eval('.pdf-page', (nodes) => nodes.length);
		expect(pages).toBe(11);
		expect(await page.$eval('.fragment', (node) => getComputedStyle(node).opacity)).toBe('1');
		expect(await page.isVisible('.cf-deck-tools')).toBe(false);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('works for a plain Markdown deck without programme, where a lone persona stays a link', async () => {
		const { page, errors } = await openDeck('court');
		// Title + 2 body slides + dated sources + credits + version and licence.
		expect(await page.$$eval('.reveal .slides section', (slides) => slides.length)).toBe(6);
		expect(await page.$$eval('.cf-programme', (nodes) => nodes.length)).toBe(0);
		expect(await page.getAttribute('.reveal a.cf-ref--persona', 'href')).toBe('/personas/tom/');
		const sources = (await page.textContent('.cf-sources-slide'))?.replace(/\s+/g, ' ');
		expect(sources).toContain('Situation au 1 février 2026');
		expect(sources).toContain('Une page officielle inventée, Une agence inventée (consultée le 1 février 2026)');
		expect(await page.$$eval('.cf-sources-slide section', (nested) => nested.length)).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('quizzes on an ordinary page', () => {
	it('work the same way in a module sheet', async () => {
		const { page, errors } = await openPage('/modules/outils/');
		const quiz = page.locator('fieldset.cf-quiz');
		await quiz.getByLabel('Quatre').check();
		await quiz.getByRole('button', { name: 'Voir la réponse' }).click();
		expect(await quiz.getByRole('status').textContent()).toBe('Bonne réponse ! La bonne réponse : « Quatre ».');
		expect(await quiz.locator('.cf-quiz__answer').textContent()).toContain('On compte sur ses doigts.');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('the decks index', () => {
	it('lists each deck with its length, slides, modules, and links to the deck and its PDF', async () => {
		const { page, errors, foreign } = await openPage('/decks/');
		const decks = await page.$$eval('.cf-deck', (items) =>
			items.map((item) => ({
				title: item.querySelector('h2')?.textContent?.trim(),
				facts: item.querySelector('.cf-deck__facts')?.textContent?.replace(/\s+/g, ' ').trim(),
				links: [...item.querySelectorAll('a')].map((link) => link.getAttribute('href')),
			})),
		);
		expect(decks).toEqual([
			{
				title: 'Atelier inventé',
				facts: 'Durée : 1 h · 11 diapositives · version 2.0.0',
				links: ['/decks/atelier/', '/pdf/decks/atelier.pdf', '/decks/atelier.html', '/modules/outils/'],
			},
			{
				title: 'Présenter sans réseau',
				facts: 'Durée : 30 min · 8 diapositives · version 1.1.0',
				links: ['/decks/hors-ligne/', '/pdf/decks/hors-ligne.pdf', '/decks/hors-ligne.html', '/modules/outils/'],
			},
			{
				title: 'Support court',
				facts: 'Durée : non précisée · 6 diapositives · version 1.0.0',
				links: ['/decks/court/', '/pdf/decks/court.pdf', '/decks/court.html'],
			},
		]);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('has no accessibility violation (axe-core)', async () => {
		const { page } = await openPage('/decks/');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('a deck’s PDF', () => {
	it.each(['atelier', 'court'])('%s is printed one slide per page, title first and licence last, with its fonts and its links to the published site', async (id) => {
		const deck = graph.get('decks', id)!;
		const pdf = new Uint8Array(readFileSync(join(served().outDir, deckPdfPath(id))));
		const report = await inspectPdf(pdf);
		expect(report.pages).toBe(deckSlideCount(graph, deck));
		expect(report.fonts.length).toBeGreaterThan(0);
		expect(report.fonts.filter((font) => !font.embedded)).toEqual([]);
		const texts = (await pageTexts(pdf)).map((text) => text.replace(/\s+/g, ' '));
		expect(texts[0]).toContain(deck.data.title);
		expect(texts.at(-1)).toContain('Version et licence');
		// A link of the site goes to its published address (the licence's goes to Creative Commons).
		const links = await pdfLinks(pdf);
		expect(links.filter((link) => link.startsWith(graph.organisation!.site!)).length).toBeGreaterThan(0);
		expect(links.filter((link) => /^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(link))).toEqual([]);
	});
});
