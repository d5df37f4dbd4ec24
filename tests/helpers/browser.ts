// The run's shared browser (tests/setup/browser.ts), as a test file gets it. Closing what this
// returns closes the file's contexts and leaves the browser to the other files.
import { text } from 'node:stream/consumers';
import { chromium, type Browser, type Download } from 'playwright-core';
import { inject } from 'vitest';

export function connectBrowser(): Promise<Browser> {
	const shared = inject('browser');
	if ('error' in shared) return Promise.reject(new Error(shared.error));
	return chromium.connect(shared.endpoint);
}

/** What a page downloaded, as text (the browser's folder is not this process's to read). */
export async function downloadedText(download: Download): Promise<string> {
	return text(await download.createReadStream());
}
