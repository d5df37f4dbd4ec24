// French spacing on every page of a built site, written back in place.
import { readFileSync, writeFileSync } from 'node:fs';
import { filesUnder } from '../files/walk.ts';
import { frenchTypography } from './html-typography.ts';

/** Sets French spacing in each HTML file under `siteDir`; returns how many pages changed. */
export function typesetSite(siteDir: string): { pages: number; changed: number } {
	const pages = filesUnder(siteDir, ['.html']);
	let changed = 0;
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const typeset = frenchTypography(html);
		if (typeset === html) continue;
		writeFileSync(file, typeset);
		changed++;
	}
	return { pages: pages.length, changed };
}
