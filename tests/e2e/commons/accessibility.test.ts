// Accessibility of every kind of page of the built commons: axe-core with zero violations in the light
// theme, skip link, visible focus, French language. The dark theme's colours: contrast.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../helpers/axe.ts';
import { samplePages } from '../../helpers/page-types.ts';
import { useServedSite } from '../../helpers/sites.ts';

const served = useServedSite('commons');

/** Whether the focused element shows where the focus is: an outline, or a ring drawn as a shadow. */
async function focusIsVisible(page: Page): Promise<{ element: string; visible: boolean }> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return { element: 'body', visible: false };
		const style = getComputedStyle(element);
		const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none';
		const box = element.getBoundingClientRect();
		return {
			element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} « ${(element.textContent ?? '').trim().slice(0, 30)} »`,
			visible: (outline || shadow) && box.width > 0 && box.height > 0,
		};
	});
}

interface PageFacts {
	kind: string;
	path: string;
	/** axe-core's violations in the light theme, every rule of AXE_TAGS. */
	violations: string[];
	lang: string | null;
	/** The element the first Tab focuses, on the site's pages (a deck is driven by its own keys). */
	firstStop?: { text: string | undefined; target: boolean };
}

/** Each kind of page visited once, in the light theme: what axe finds and what the keyboard meets. */
const visited: PageFacts[] = [];

beforeAll(async () => {
	const { browser, server, outDir } = served();
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	for (const { kind, path } of samplePages(outDir)) {
		await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
		const facts: PageFacts = { kind, path, violations: await axeViolations(page), lang: await page.getAttribute('html', 'lang') };
		if ((await page.locator('meta[name="generator"][content^="Starlight"]').count()) > 0) {
			await page.keyboard.press('Tab');
			facts.firstStop = await page.evaluate(() => {
				const link = document.activeElement as HTMLAnchorElement;
				return { text: link.textContent?.trim(), target: link.hash ? document.getElementById(link.hash.slice(1)) !== null : false };
			});
		}
		visited.push(facts);
	}
	await context.close();
}, 600_000);

describe('accessibility of every kind of page', () => {
	it('passes axe-core with zero violations in the light theme (the dark theme: contrast.test.ts)', () => {
		expect(visited.length).toBeGreaterThan(10);
		expect(visited.flatMap(({ kind, path, violations }) => violations.map((violation) => `${kind} ${path} : ${violation}`))).toEqual([]);
	});

	it('says every page is in French, and opens each page of the site with a skip link to the content', () => {
		expect(visited.filter((facts) => facts.lang !== 'fr').map((facts) => `${facts.path} : ${facts.lang}`)).toEqual([]);
		const withSkipLink = visited.filter((facts) => facts.firstStop);
		expect(withSkipLink.length).toBeGreaterThan(3);
		for (const facts of withSkipLink) expect(facts.firstStop, facts.path).toEqual({ text: 'Aller au contenu', target: true });
	});

	it('shows where the keyboard focus is, on each of the first stops of a module sheet', async () => {
		const { browser, server, outDir } = served();
		const module = samplePages(outDir).find((sample) => sample.kind === '/modules/*/');
		expect(module).toBeDefined();
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}${module!.path}`);
		const hidden: string[] = [];
		for (let stop = 0; stop < 12; stop++) {
			await page.keyboard.press('Tab');
			const focus = await focusIsVisible(page);
			if (!focus.visible) hidden.push(focus.element);
		}
		expect(hidden).toEqual([]);
		await context.close();
	});
});
