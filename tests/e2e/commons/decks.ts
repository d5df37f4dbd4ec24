// The commons' own decks as a trainer presents and prints them: every slide there, notes on most,
// quizzes that answer, the keyboard moving on, nothing taller than the screen, no error; and a PDF
// with one page per slide, its text and fonts inside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { inspectPdf, pageTexts } from '../../../src/pdf/inspect.ts';
import { deckPdfPath } from '../../../src/print/routes.ts';
import { deckSlideCount } from '../../../src/site/decks.ts';
import type { ServedSite } from '../../helpers/commons-site.ts';

const { graph } = loadProject({ contentDir: 'content' });

/** The slide size the decks are laid out for (reveal.js scales it to the screen). */
const SLIDE = { width: 1280, height: 720 };

export function deckTests(served: () => ServedSite) {
	describe('the commons’ decks', () => {
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

		it.each([...graph.byCollection.decks.keys()])('%s is printed one slide per page, with its text and fonts in the PDF', async (id) => {
			const pdf = new Uint8Array(readFileSync(join(served().site.outDir, deckPdfPath(id))));
			const report = await inspectPdf(pdf);
			expect(report.pages).toBe(deckSlideCount(graph, graph.get('decks', id)!));
			expect(report.fonts.length).toBeGreaterThan(0);
			expect(report.fonts.filter((font) => !font.embedded)).toEqual([]);
			const texts = await pageTexts(pdf);
			expect(texts[0]!.replace(/\s+/g, ' ')).toContain(graph.get('decks', id)!.data.title);
			expect(texts.at(-1)!.replace(/\s+/g, ' ')).toContain('Version et licence');
		});
	});
}
