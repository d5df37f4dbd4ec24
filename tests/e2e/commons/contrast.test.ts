// The dark theme of every kind of page of the built commons: a theme changes colours only, so the
// rules of axe-core that depend on colours are the ones run again (every rule runs in the light
// theme, in accessibility.test.ts). A file of its own, so that both themes are audited at once.
import { describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../../helpers/axe.ts';
import { samplePages } from '../../helpers/page-types.ts';
import { useServedSite } from '../../helpers/sites.ts';

const served = useServedSite('commons');

describe('the dark theme of every kind of page', () => {
	it('has enough contrast everywhere, and links that stand out from the text', async () => {
		const { browser, server, outDir } = served();
		const samples = samplePages(outDir);
		expect(samples.length).toBeGreaterThan(10);
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		const found: string[] = [];
		for (const { kind, path } of samples) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
			expect(await page.evaluate(() => document.documentElement.dataset.theme), path).not.toBe('light');
			for (const violation of await axeViolations(page, { rules: COLOUR_RULES })) found.push(`${kind} ${path} : ${violation}`);
		}
		await context.close();
		expect(found).toEqual([]);
	}, 600_000);
});
