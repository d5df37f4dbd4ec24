import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../../src/browser/find-browser.ts';

describe('finding a browser', () => {
	it('explains in French how to install one when none is found', () => {
		const empty = mkdtempSync(join(tmpdir(), 'commun-no-browser-'));
		const env = { PROGRAMFILES: empty, 'PROGRAMFILES(X86)': empty, LOCALAPPDATA: empty };
		expect(() => findBrowser(env, 'win32')).toThrow(BrowserNotFoundError);
		try {
			findBrowser(env, 'win32');
		} catch (error) {
			const message = (error as Error).message;
			expect(message).toContain('Aucun navigateur Chromium ou Chrome trouvé');
			expect(message).toContain('sudo apt install chromium');
			expect(message).toContain('CHROME_PATH');
			expect(message).toContain(join(empty, 'Google', 'Chrome', 'Application', 'chrome.exe'));
		}
	});

	it('says when CHROME_PATH names a missing file', () => {
		expect(() => findBrowser({ CHROME_PATH: '/nulle/part/chrome' }, 'linux')).toThrow(/CHROME_PATH=\/nulle\/part\/chrome \(fichier introuvable\)/);
	});

	it('uses CHROME_PATH first', () => {
		const fake = join(mkdtempSync(join(tmpdir(), 'commun-browser-')), 'chrome');
		writeFileSync(fake, '');
		expect(findBrowser({ CHROME_PATH: fake }, 'linux')).toBe(fake);
	});
});
