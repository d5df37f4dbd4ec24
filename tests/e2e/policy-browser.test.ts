// In Chromium, a page carrying the policy the generator writes runs the generator's own inline
// script and nothing that was slipped in after it: no script, no handler, no dialog, no
// navigation, no request to another site.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../helpers/browser.ts';
import { securePage } from '../../src/security/csp.ts';

const SITE = 'https://site.invalid/';
const TRUSTED = `document.documentElement.dataset.ok = 'oui';
document.addEventListener('securitypolicyviolation', (event) => { (window.violations ??= []).push(event.violatedDirective); });`;

const INJECTED = [
	'<script>window.pwned = true; alert("script");</script>',
	'<script>location.href = "https://ailleurs.example/";</script>',
	'<img src="/rien.png" onerror="window.pwned = true; alert(\'handler\')">',
	'<a id="lien" href="javascript:window.pwned = true">lien</a>',
].join('\n');

let browser: Browser;

beforeAll(async () => {
	browser = await connectBrowser();
});

afterAll(async () => {
	await browser?.close();
});

describe('the generated policy in a browser', () => {
	it('blocks every script slipped into a page after the check', async () => {
		const secured = securePage(`<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><script>${TRUSTED}</script></head><body><p>Page</p></body></html>`, new Set([TRUSTED]));
		const html = secured.html!.replace('<p>Page</p>', `<p>Page</p>${INJECTED}`);
		const page = await browser.newPage();
		const dialogs: string[] = [];
		const foreign: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.route('**/*', async (route) => {
			const url = route.request().url();
			if (url === SITE) await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
			else if (url.startsWith(SITE)) await route.fulfill({ status: 404, body: '' });
			else {
				foreign.push(url);
				await route.abort();
			}
		});
		await page.goto(SITE, { waitUntil: 'load' });
		await page.click('#lien');
		// The trusted script ran and counts the violations: two inline scripts, one handler, one javascript: link.
		await page.waitForFunction(() => ((window as unknown as { violations?: string[] }).violations?.length ?? 0) >= 4);
		expect(await page.evaluate(() => document.documentElement.dataset.ok)).toBe('oui');
		expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
		expect(dialogs).toEqual([]);
		expect(foreign).toEqual([]);
		expect(page.url()).toBe(SITE);
		await page.close();
	});
});
