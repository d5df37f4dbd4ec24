// Printing one document: load its route, wait for its fonts, prepare it, print it with Chromium,
// fill its table of contents from where the first print put each target, and check the result.
import type { Page } from 'playwright-core';
import { destinationPages } from './destinations.ts';
import { fillToc, fontsReady, keepSelection, overflowingCards, rewriteLinks, slideTitles, tocTargets } from './in-page.ts';
import type { Bookmark } from './outline.ts';
import { inspectPdf } from './inspect.ts';
import { moduleAnchor } from '../print/routes.ts';

export interface Selection {
	modules: string[];
	parcours?: string;
	/** Shown on the cover of a custom catalogue. */
	label: string;
}

export interface PrintRequest {
	/** Address of the page to print on the local server. */
	url: string;
	/** Public address of the site, for links that leave the document. */
	site?: string;
	/** A deck: reveal.js lays its own pages out; wait for its signal and print as it says. */
	deck?: boolean;
	/** A module sheet: shrink the print until it fits this many pages. */
	maxPages?: number;
	selection?: Selection;
}

export interface TocReport {
	/** How many times the document was printed before its table of contents was right. */
	passes: number;
	/** Target → page written in the table of contents. */
	pages: Record<string, number>;
	/** Targets whose number does not match the final PDF (empty when the TOC is right). */
	wrong: string[];
}

export interface PrintedDocument {
	pdf: Uint8Array;
	/** A deck's bookmarks: each slide's title and page. */
	bookmarks?: Bookmark[];
	pages: number;
	toc?: TocReport;
	scale: number;
	warnings: string[];
}

const FONT_FAMILY = 'Lexend';
const MAX_TOC_PASSES = 4;
const SCALES = [1, 0.92, 0.85, 0.78];

/** Bookmarks from the headings and tags for screen readers; a deck's bookmarks are its slides (slideTitles). */
function printOptions(deck: boolean, scale = 1) {
	return deck
		? { preferCSSPageSize: true, printBackground: true }
		: { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, scale };
}

export async function printDocument(page: Page, request: PrintRequest): Promise<PrintedDocument> {
	const warnings: string[] = [];
	await page.goto(request.url, { waitUntil: 'load' });
	if (request.deck) await page.waitForSelector('html[data-deck-ready="true"]', { state: 'attached', timeout: 60_000 });
	if (!(await page.evaluate(fontsReady, FONT_FAMILY))) {
		warnings.push(`la police ${FONT_FAMILY} ne s’est pas chargée : le texte serait imprimé dans une police du système`);
	}
	if (request.selection) {
		await page.evaluate(keepSelection, {
			modules: request.selection.modules,
			parcours: request.selection.parcours ?? null,
			label: request.selection.label,
		});
	}
	// Decks too: a link to the local server would be broken for every reader and differ in every build.
	await page.evaluate(rewriteLinks, { site: request.site ?? null, moduleAnchorPrefix: moduleAnchor('') });
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	for (const card of await page.evaluate(overflowingCards)) warnings.push(`le texte de la carte « ${card} » déborde et sera coupé`);

	const targets = await page.evaluate(tocTargets);
	if (targets.length > 0) return { ...(await printWithToc(page, targets)), scale: 1, warnings };

	for (const scale of request.maxPages ? SCALES : [1]) {
		const pdf = await page.pdf(printOptions(request.deck ?? false, scale));
		const { pages } = await inspectPdf(pdf);
		const last = scale === SCALES.at(-1);
		if (!request.maxPages || pages <= request.maxPages || last) {
			if (request.maxPages && pages > request.maxPages) warnings.push(`${pages} pages, même réduit à ${Math.round(scale * 100)} % : le contenu dépasse ${request.maxPages} pages`);
			const bookmarks = request.deck ? (await page.evaluate(slideTitles)).map((title, index) => ({ title, page: index + 1 })) : undefined;
			return { pdf, pages, scale, warnings, bookmarks };
		}
	}
	throw new Error('unreachable');
}

/**
 * Chromium has no target-counter(): print once, read where each target landed (named
 * destinations), write the numbers in, print again, until the numbers match the PDF.
 */
async function printWithToc(page: Page, targets: string[]): Promise<Omit<PrintedDocument, 'scale' | 'warnings'>> {
	let written: Record<string, number> = {};
	let pdf = await page.pdf(printOptions(false));
	for (let pass = 1; ; pass++) {
		const found = await destinationPages(pdf);
		// A target without a destination (an empty section…) cannot be fixed by printing again.
		const missing = targets.filter((target) => !found.has(target));
		const wrong = targets.filter((target) => found.has(target) && found.get(target) !== written[target]);
		if (wrong.length === 0 || pass === MAX_TOC_PASSES) {
			const { pages } = await inspectPdf(pdf);
			return { pdf, pages, toc: { passes: pass, pages: written, wrong: [...wrong, ...missing] } };
		}
		written = Object.fromEntries(targets.flatMap((target) => (found.has(target) ? [[target, found.get(target)!]] : [])));
		await page.evaluate(fillToc, written);
		pdf = await page.pdf(printOptions(false));
	}
}
