// Accessibility of every kind of page of the built commons: axe-core with zero violations, skip link,
// visible focus, French language.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ServedSite } from '../../helpers/commons-site.ts';
import { samplePages } from '../../helpers/page-types.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, axe's best practices (landmarks, heading order…) and its
 * experimental rules, among them label-content-name-mismatch (a control named unlike its visible text). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated rather than added as a <script>, which the page's Content-Security-Policy would refuse.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(
		async (tags) => {
			const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
			return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
		},
		AXE_TAGS,
	);
	return violations.map(
		(violation) => `${violation.id} (${violation.help}) : ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
	);
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

export function accessibilityTests(served: () => ServedSite) {
	describe('accessibility of every kind of page', () => {
		let context: BrowserContext;

		it('passes axe-core with zero violations, in the dark and the light theme', async () => {
			const { browser, server, site } = served();
			const samples = samplePages(site.outDir);
			const found: string[] = [];
			for (const colorScheme of ['dark', 'light'] as const) {
				context = await browser.newContext({ colorScheme });
				const page = await context.newPage();
				for (const { kind, path } of samples) {
					await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
					for (const violation of await axeViolations(page)) found.push(`${colorScheme} ${kind} ${path} : ${violation}`);
				}
				await context.close();
			}
			expect(found).toEqual([]);
		}, 900_000);

		it('says every page is in French, and opens with a skip link to the content', async () => {
			const { browser, server, site } = served();
			context = await browser.newContext();
			const page = await context.newPage();
			let withSkipLink = 0;
			for (const { path } of samplePages(site.outDir)) {
				await page.goto(`${server.url}${path}`);
				expect(await page.getAttribute('html', 'lang'), path).toBe('fr');
				// Site pages; a slide deck is a full-screen presentation driven by its own keys.
				if ((await page.locator('meta[name="generator"][content^="Starlight"]').count()) === 0) continue;
				withSkipLink++;
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => {
					const link = document.activeElement as HTMLAnchorElement;
					return { text: link.textContent?.trim(), target: link.hash ? document.getElementById(link.hash.slice(1)) !== null : false };
				});
				expect(focused, path).toEqual({ text: 'Aller au contenu', target: true });
			}
			expect(withSkipLink).toBeGreaterThan(3);
			await context.close();
		}, 600_000);

		it('shows where the keyboard focus is, on each of the first stops of a module sheet', async () => {
			const { browser, server, site } = served();
			const module = samplePages(site.outDir).find((sample) => sample.kind === '/modules/*/') ?? { path: '/' };
			context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${server.url}${module.path}`);
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
}
