// Starting the headless browser with playwright-core, for PDFs and browser tests.
import { chromium, type Browser } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from './find-browser.ts';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findBrowser(), headless: true, args: HEADLESS_ARGS });
}
