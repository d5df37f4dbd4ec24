// vitest's global set-up for the e2e project: one headless browser for the whole run, which the test
// files connect to (tests/helpers/browser.ts) rather than each starting its own: a start costs about
// 0.8 s of CPU, and some twenty files look at pages. A test file still gets its own contexts.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchOptions } from '../../src/browser/launch.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The shared browser's address, or why it could not start (the browser tests then say so). */
		browser: { endpoint: string } | { error: string };
	}
}

/**
 * Debian's headless build of Chromium (package chromium-headless-shell): the same engine without the
 * full browser's windowing layers, it runs the page tests with about a fifth less CPU. The PDFs are
 * still printed by the browser a user has (src/browser/find-browser.ts): the two do not place the
 * letters of spaced-out text alike, and the PDF tests read the text back.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	try {
		const options = launchOptions();
		if (!process.env.CHROME_PATH && existsSync(HEADLESS_SHELL)) options.executablePath = HEADLESS_SHELL;
		const server = await chromium.launchServer(options);
		project.provide('browser', { endpoint: server.wsEndpoint() });
		return () => server.close();
	} catch (error) {
		project.provide('browser', { error: error instanceof Error ? error.message : String(error) });
		return async () => {};
	}
}
