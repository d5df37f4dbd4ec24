// The commons' own decks as a trainer presents them: every slide there, notes on most, quizzes that
// answer, the keyboard moving on, nothing taller than the screen in the print layout, no error. The
// PDF of a deck (one page per slide, text and fonts inside) is tested on the fixture site's decks.
import { describe, expect, it } from 'vitest';
import { deckSlideCount } from '../../../src/site/decks.ts';
import { siteGraph, useServedSite } from '../../helpers/sites.ts';

const graph = siteGraph('commons');
const served = useServedSite('commons');

/** The slide size the decks are laid out for (reveal.js scales it to the screen). */
const SLIDE = { width: 1280, height: 720 };

describe('the commons’ decks', () => {
	it('are there to be tested', () => {
		expect(graph.byCollection.decks.size).toBeGreaterThan(0);
	});

	it.each([...graph.byCollection.decks.keys()])('%s runs with all its slides, notes and quizzes, none taller than the screen', async (id) => {
		const { browser, server } = served();
		const page = await browser.newPage({ viewport: SLIDE });
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${server.url}/decks/${id}/`);
		await page.waitForSelector('html[data-deck-ready="true"]');
		const slides = await page.$$eval('.reveal .slides section:not(:has(section))', (nodes) => nodes.length);
		expect(slides).toBe(deckSlideCount(graph, graph.get('decks', id)!));
		// Measured one by one in the print layout, where every slide is laid out at its real size.
		const print = await browser.newPage({ viewport: SLIDE });
		await print.goto(`${server.url}/decks/${id}/?print-pdf`);
		await print.waitForSelector('html[data-deck-ready="true"]');
		const measured = await print.$$eval(
			'.pdf-page > section',
			(sections, height) => ({
				count: sections.length,
				tooTall: sections.filter((section) => section.scrollHeight > height).map((section) => section.querySelector('h1, h2')?.textContent?.trim() ?? '?'),
			}),
			SLIDE.height,
		);
		expect(measured.count).toBe(slides);
		expect(measured.tooTall, `diapositives trop hautes dans ${id}`).toEqual([]);
		await print.close();
		const withNotes = await page.$$eval('.reveal .slides section:not(:has(section))', (nodes) => nodes.filter((node) => node.querySelector(':scope > aside.notes')).length);
		expect(withNotes / slides).toBeGreaterThan(0.4);
		const quiz = page.locator('fieldset.cf-quiz').first();
		if ((await quiz.count()) > 0) {
			const slide = await quiz.evaluate((node) => {
				const section = node.closest('section')!;
				const stack = section.parentElement!.closest('section');
				const top = [...document.querySelectorAll('.reveal .slides > section')].indexOf(stack ?? section);
				return { h: top, v: stack ? [...stack.children].indexOf(section) : 0 };
			});
			await page.goto(`${server.url}/decks/${id}/#/${slide.h}/${slide.v}`);
			await page.waitForSelector('html[data-deck-ready="true"]');
			await quiz.getByRole('button', { name: 'Voir la réponse' }).click();
			expect(await quiz.getByRole('status').textContent()).toMatch(/bonne réponse|bonnes réponses/i);
		}
		const before = await page.evaluate(() => location.hash);
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction((hash) => location.hash !== hash, before);
		expect(errors).toEqual([]);
		await page.close();
	});
});
