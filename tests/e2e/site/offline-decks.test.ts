// Each deck's single file (dist/decks/<id>.html) as a trainer uses it away from any network: opened
// from the disk (file://) in Chromium with the network off, it shows every slide with its fonts and
// images, opens the French speaker view with the notes, answers its quizzes, and asks nothing of
// anyone: the only address the browser ever loads is the file itself.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../../helpers/browser.ts';
import { deckFilePath } from '../../../src/offline/routes.ts';
import { deckSlideCount } from '../../../src/site/decks.ts';
import { siteGraph, useBuiltSite } from '../../helpers/sites.ts';

const graph = siteGraph('fixture');
const site = useBuiltSite('fixture');
const deckIds = [...graph.byCollection.decks.keys()].sort();

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => {
	await browser?.close();
});

interface OpenedFile {
	context: BrowserContext;
	page: Page;
	/** The file's address, without query or fragment. */
	url: string;
	/** Every address the browser loaded, popups and frames included. */
	requests: string[];
	errors: string[];
}

/** Opens a deck's single file from the disk, with the network off, and waits until it is laid out. */
async function openFile(id: string, suffix = ''): Promise<OpenedFile> {
	const url = pathToFileURL(join(site().outDir, deckFilePath(id))).href;
	const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 720 } });
	const requests: string[] = [];
	const errors: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	context.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${url}${suffix}`);
	await page.waitForSelector('html[data-deck-ready="true"]');
	return { context, page, url, requests, errors };
}

/** The addresses loaded that are not the file itself (under any query or fragment). */
function elsewhere({ url, requests }: OpenedFile): string[] {
	return requests.filter((request) => request.replace(/[?#].*$/, '') !== url);
}

const currentTitle = (page: Page) =>
	page.$eval('.reveal .slides section.present:not(:has(section))', (slide) => slide.querySelector('h1, h2')?.textContent?.trim() ?? '');

describe('a deck in one file', () => {
	it('is written for every deck of the model', () => {
		expect(deckIds.length).toBeGreaterThan(1);
		for (const id of deckIds) expect(existsSync(join(site().outDir, deckFilePath(id))), id).toBe(true);
	});

	it.each(deckIds)('%s opens from the disk with the network off: every slide, its fonts and images, nothing from elsewhere', async (id) => {
		const opened = await openFile(id);
		const { page } = opened;
		expect(await page.$$eval('.reveal .slides section:not(:has(section))', (slides) => slides.length)).toBe(deckSlideCount(graph, graph.get('decks', id)!));
		expect(await page.textContent('.cf-title-slide h1')).toBe(graph.get('decks', id)!.data.title);
		const fonts = await page.evaluate(async () => {
			await document.fonts.ready;
			return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`);
		});
		expect(fonts).toContain('Lexend 400');
		expect(fonts).toContain('Lexend 700');
		const images = await page.$$eval('img', (nodes) => nodes.map((image) => ({ data: image.src.startsWith('data:'), shown: image.complete && image.naturalWidth > 0 })));
		expect(images.every((image) => image.data && image.shown)).toBe(true);
		// Away from the site, the tools bar keeps only what works without it.
		expect(await page.$$eval('.cf-deck-tools a', (links) => links.length)).toBe(0);
		await page.keyboard.press('End');
		await page.waitForSelector('.reveal .slides > section.cf-attribution-slide.present');
		expect((await page.innerText('.cf-attribution-slide')).replace(/\s+/g, ' ')).toContain(`Version ${graph.get('decks', id)!.data.version}`);
		expect(opened.errors).toEqual([]);
		expect(elsewhere(opened)).toEqual([]);
		await opened.context.close();
	});

	it('carries its image and the persona card, and the alphabets of the characters it shows, no other', async () => {
		const opened = await openFile('hors-ligne');
		const { page } = opened;
		expect(await page.getAttribute('img[alt="Carte inventée du territoire, en damier"]', 'src')).toMatch(/^data:image\//);
		expect(await page.textContent('.cf-slide-persona .cf-persona-card__name')).toContain('Inès');
		const ranges = await page.evaluate(() => [...document.fonts].map((font) => font.unicodeRange));
		const covers = (codePoint: number) =>
			ranges.some((range) =>
				range.split(',').some((part) => {
					const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
					return codePoint >= Number.parseInt(from!, 16) && codePoint <= Number.parseInt(to ?? from!, 16);
				}),
			);
		// « Ayşe » needs the Latin Extended slice; nothing in the deck is Vietnamese.
		expect(covers('ş'.codePointAt(0)!)).toBe(true);
		expect(covers('ạ'.codePointAt(0)!)).toBe(false);
		expect(elsewhere(opened)).toEqual([]);
		await opened.context.close();
	});

	it('opens the speaker view in French, with the notes of the current slide and the slides in its frames', async () => {
		const opened = await openFile('atelier', '#/2/1');
		const { page } = opened;
		expect(await currentTitle(page)).toBe('Tour de table');
		const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.click('.cf-deck-tools__notes')]);
		await speakerView.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes('Note sur le tour de table.'));
		expect(await speakerView.title()).toBe('Vue présentateur · Atelier inventé');
		expect(await speakerView.textContent('#upcoming-slide .label')).toBe('Diapositive suivante');
		await speakerView.frameLocator('#current-slide iframe').locator('html[data-deck-ready="true"]').waitFor();
		expect(opened.errors).toEqual([]);
		expect(elsewhere(opened)).toEqual([]);
		await opened.context.close();
	});

	it('answers a quiz, and shows every answer with ?answers', async () => {
		const opened = await openFile('hors-ligne', '#/3/1');
		const { page } = opened;
		const quiz = page.locator('section.present:not(:has(section)) fieldset.cf-quiz');
		await quiz.getByLabel('Un navigateur').check();
		await quiz.getByRole('button', { name: 'Voir la réponse' }).click();
		expect(await quiz.getByRole('status').textContent()).toBe('Bonne réponse ! La bonne réponse : « Un navigateur ».');
		expect(await quiz.locator('.cf-quiz__answer').textContent()).toContain('Le fichier contient tout ce qu’il montre.');
		await opened.context.close();

		const answers = await openFile('atelier', '?answers');
		expect(await answers.page.$$eval('.cf-quiz', (quizzes) => quizzes.every((node) => node.classList.contains('cf-quiz--shown')))).toBe(true);
		expect(elsewhere(answers)).toEqual([]);
		await answers.context.close();
	});

	it('sends its links to other pages of the site to the published site, in a new tab', async () => {
		const opened = await openFile('hors-ligne');
		const link = opened.page.locator('.reveal .slides a', { hasText: 'Découvrir les outils' }).first();
		expect(await link.getAttribute('href')).toBe(new URL('modules/outils/', graph.organisation!.site!).href);
		expect(await link.getAttribute('target')).toBe('_blank');
		await opened.context.close();
	});

	it('weighs less than 600 Ko', () => {
		for (const id of deckIds) {
			const bytes = statSync(join(site().outDir, deckFilePath(id))).size;
			console.log(`${deckFilePath(id)} : ${Math.round(bytes / 1024)} Ko`);
			expect(bytes, id).toBeLessThan(600 * 1024);
		}
	});
});
