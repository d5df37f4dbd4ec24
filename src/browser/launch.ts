// Starting the headless browser with playwright-core, for PDFs and browser tests.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from './find-browser.ts';

/** How the browser is started: the one found on this machine, headless, quiet. */
export function launchOptions(): LaunchOptions {
	return { executablePath: findBrowser(), headless: true, args: HEADLESS_ARGS };
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch(launchOptions());
}
