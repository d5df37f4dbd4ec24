// Every kind of page of the built commons, read as visitors read it: axe-core with zero violations in
// the light theme and, for the rules that depend on colours, in the dark one; French; a skip link to
// the content; nothing that makes the page scroll sideways on a phone (390 px) or a laptop (1 280 px)
// in either theme (a wide table or map scrolls inside its own frame); no policy violation, foreign
// request or cookie. Each page is loaded once and
// then resized and switched to the dark theme as a reader's browser does: axe-core and page loads are
// most of the time of the test suite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, COLOUR_RULES } from '../../helpers/axe.ts';
import { samplePages } from '../../helpers/page-types.ts';
import { watchPolicyViolations } from '../../helpers/policy-violations.ts';
import { useServedSite } from '../../helpers/sites.ts';

const served = useServedSite('commons');

const WIDTHS = [1280, 390];
const THEMES = ['light', 'dark'] as const;
const HEIGHT = 800;

interface PageFacts {
	kind: string;
	path: string;
	/** axe-core's violations: every rule of AXE_TAGS in the light theme, the colour rules in the dark one. */
	violations: string[];
	lang: string | null;
	/** The theme the page shows once the reader's system asks for the dark one. */
	darkTheme: string | undefined;
	/** The element the first Tab focuses, on the site's pages (a deck is driven by its own keys). */
	firstStop?: { text: string | undefined; target: boolean };
	/** "390 px, dark : 596 px de large (table.)" for each screen the page is wider than. */
	tooWide: string[];
	/** What the page's Content-Security-Policy refused, what it asked of another origin, its cookies. */
	policyViolations: string[];
	foreignRequests: string[];
	cookie: string;
}

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

/** How wide the page is, and the element that sticks out furthest, to say what to fix. */
async function overflow(page: Page): Promise<string | undefined> {
	const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
		const viewport = document.documentElement.clientWidth;
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
	return scrollWidth > clientWidth ? `${scrollWidth} px de large (${widest})` : undefined;
}

async function measureWidths(page: Page, theme: string, facts: PageFacts, widths: number[]): Promise<void> {
	for (const width of widths) {
		await page.setViewportSize({ width, height: HEIGHT });
		const wide = await overflow(page);
		if (wide) facts.tooWide.push(`${width} px, ${theme} : ${wide}`);
	}
}

const visited: PageFacts[] = [];

beforeAll(async () => {
	const { browser, server, outDir } = served();
	const context = await browser.newContext({ colorScheme: 'light', viewport: { width: WIDTHS[0]!, height: HEIGHT } });
	const page = await context.newPage();
	const policyViolations = await watchPolicyViolations(page);
	let foreignRequests: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
	});
	for (const { kind, path } of samplePages(outDir)) {
		policyViolations.length = 0;
		foreignRequests = [];
		await page.emulateMedia({ colorScheme: 'light' });
		await page.setViewportSize({ width: WIDTHS[0]!, height: HEIGHT });
		await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
		const facts: PageFacts = {
			kind,
			path,
			violations: (await axeViolations(page)).map((violation) => `clair : ${violation}`),
			lang: await page.getAttribute('html', 'lang'),
			darkTheme: undefined,
			tooWide: [],
			policyViolations: [],
			foreignRequests,
			cookie: await page.evaluate(() => document.cookie),
		};
		if ((await page.locator('meta[name="generator"][content^="Starlight"]').count()) > 0) {
			await page.keyboard.press('Tab');
			facts.firstStop = await page.evaluate(() => {
				const link = document.activeElement as HTMLAnchorElement;
				return { text: link.textContent?.trim(), target: link.hash ? document.getElementById(link.hash.slice(1)) !== null : false };
			});
		}
		await measureWidths(page, 'light', facts, WIDTHS);
		await page.emulateMedia({ colorScheme: 'dark' });
		// Starlight's pages follow the change when their theme menu says « Auto », as they do by default.
		await page.waitForFunction(() => document.documentElement.dataset.theme !== 'light', null, { timeout: 5000 }).catch(() => undefined);
		facts.darkTheme = await page.evaluate(() => document.documentElement.dataset.theme);
		await measureWidths(page, 'dark', facts, [...WIDTHS].reverse());
		for (const violation of await axeViolations(page, { rules: COLOUR_RULES })) facts.violations.push(`sombre : ${violation}`);
		facts.policyViolations = [...policyViolations];
		visited.push(facts);
	}
	expect(await context.cookies()).toEqual([]);
	await context.close();
}, 900_000);

describe('every kind of page of the commons', () => {
	it('passes axe-core with zero violations in the light theme, and on colours in the dark one', () => {
		expect(visited.length).toBeGreaterThan(10);
		expect(visited.flatMap(({ kind, path, violations }) => violations.map((violation) => `${kind} ${path} ${violation}`))).toEqual([]);
	});

	it('runs without any policy violation, foreign request or cookie', () => {
		const faults = visited.flatMap(({ path, policyViolations, foreignRequests, cookie }) => [
			...policyViolations.map((violation) => `${path} : politique enfreinte ${violation}`),
			...foreignRequests.map((url) => `${path} : requête vers ${url}`),
			...(cookie ? [`${path} : cookie ${cookie}`] : []),
		]);
		expect(faults).toEqual([]);
	});

	it('follows the reader’s dark theme', () => {
		expect(visited.filter((facts) => facts.darkTheme === 'light').map((facts) => facts.path)).toEqual([]);
	});

	it('says every page is in French, and opens each page of the site with a skip link to the content', () => {
		expect(visited.filter((facts) => facts.lang !== 'fr').map((facts) => `${facts.path} : ${facts.lang}`)).toEqual([]);
		const withSkipLink = visited.filter((facts) => facts.firstStop);
		expect(withSkipLink.length).toBeGreaterThan(3);
		for (const facts of withSkipLink) expect(facts.firstStop, facts.path).toEqual({ text: 'Aller au contenu', target: true });
	});

	it('never makes the page wider than the screen, on a phone or a laptop, in either theme', () => {
		expect(visited.flatMap(({ kind, path, tooWide }) => tooWide.map((wide) => `${kind} ${path} : ${wide}`))).toEqual([]);
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
