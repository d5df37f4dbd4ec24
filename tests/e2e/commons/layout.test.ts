// Every kind of page of the built commons fits the screen it is read on: on a phone (390 px) and a
// laptop (1 280 px), in the light and dark themes, nothing makes the whole page scroll sideways
// (a wide table or map scrolls inside its own frame). The map's frame takes the page's colours.
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../helpers/page-types.ts';
import { useServedSite } from '../../helpers/sites.ts';

const served = useServedSite('commons');

const WIDTHS = [390, 1280];
const THEMES = ['light', 'dark'] as const;

describe('the layout of every kind of page', () => {
	it('never makes the page wider than the screen', async () => {
		const { browser, server, outDir } = served();
		const samples = samplePages(outDir);
		expect(samples.length).toBeGreaterThan(10);
		const tooWide: string[] = [];
		for (const width of WIDTHS) {
			for (const colorScheme of THEMES) {
				const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
				const page = await context.newPage();
				for (const { kind, path } of samples) {
					await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
					const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
						const viewport = document.documentElement.clientWidth;
						// The element that sticks out furthest, to say what to fix.
						let widest = '';
						let right = viewport;
						for (const element of Array.from(document.body.querySelectorAll('*'))) {
							const box = element.getBoundingClientRect();
							if (box.right > right + 1) {
								right = box.right;
								widest = `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}`;
							}
						}
						return { scrollWidth: document.documentElement.scrollWidth, clientWidth: viewport, widest };
					});
					if (scrollWidth > clientWidth) tooWide.push(`${width} px, ${colorScheme} : ${kind} ${path} a ${scrollWidth} px de large (${widest})`);
				}
				await context.close();
			}
		}
		expect(tooWide).toEqual([]);
	}, 900_000);

	it('draws the map of modules on the page’s own background, in both themes, and says it scrolls', async () => {
		const { browser, server } = served();
		for (const colorScheme of THEMES) {
			const context = await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme });
			const page = await context.newPage();
			await page.goto(`${server.url}/carte/`, { waitUntil: 'load' });
			const colours = await page.evaluate(() => {
				const frame = document.querySelector('.cf-map__scroll')!;
				// The colour the page shows behind the frame: the first ancestor that paints one.
				let ancestor = frame.parentElement;
				let behind = 'rgba(0, 0, 0, 0)';
				while (ancestor && behind === 'rgba(0, 0, 0, 0)') {
					behind = getComputedStyle(ancestor).backgroundColor;
					ancestor = ancestor.parentElement;
				}
				if (behind === 'rgba(0, 0, 0, 0)') behind = getComputedStyle(document.documentElement).backgroundColor;
				return { frame: getComputedStyle(frame).backgroundColor, page: behind, theme: document.documentElement.dataset.theme };
			});
			expect(colours.theme).toBe(colorScheme);
			expect(colours.frame, colorScheme).toBe(colours.page);
			expect(await page.locator('.cf-map__hint').isVisible()).toBe(true);
			expect(await page.$eval('.cf-map__scroll', (frame) => frame.scrollWidth > frame.clientWidth)).toBe(true);
			await context.close();
		}
	});
});
