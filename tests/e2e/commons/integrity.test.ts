// The commons' own content built once and checked as a visitor gets it: privacy and integrity here;
// accessibility, layout and what runs in the browser (pages.test.ts), the finding tools (search, map, keywords, builder) and the decks in the files beside.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/files/walk.ts';
import { checkLinks } from '../../../src/links/check-links.ts';
import { deckFilePath } from '../../../src/offline/routes.ts';
import { allJobs } from '../../../src/pdf/jobs.ts';
import { foreignLoadsInSite } from '../../../src/security/site-scan.ts';
import { samplePages } from '../../helpers/page-types.ts';
import { watchPolicyViolations } from '../../helpers/policy-violations.ts';
import { expectAstroToHoldTheModel } from '../../helpers/same-ids.ts';
import { siteGraph, useServedSite } from '../../helpers/sites.ts';
import { headingSlugs } from '../../../src/site/page-index.ts';
import { entryPath } from '../../../src/site/urls.ts';

const served = useServedSite('commons');

describe('the built commons', () => {
	it('holds in Astro’s collections exactly the entries the model loaded, collection by collection', () => {
		expectAstroToHoldTheModel(siteGraph('commons'), served().outDir);
	});

	it('gives each heading of a text the anchor the check expects (unknown-anchor)', () => {
		const graph = siteGraph('commons');
		let checked = 0;
		const missing: string[] = [];
		for (const entry of graph.entries) {
			const tree = graph.treeOf(entry);
			const path = entryPath(entry.collection, entry.id);
			if (!tree || path.includes('#') || entry.collection === 'decks') continue;
			const html = readFileSync(join(served().outDir, path, 'index.html'), 'utf8');
			for (const slug of headingSlugs(tree)) {
				checked++;
				if (!html.includes(`id="${slug}"`)) missing.push(`${path}#${slug}`);
			}
		}
		expect(checked).toBeGreaterThan(50);
		expect(missing).toEqual([]);
	});

	it('loads nothing from another origin, in any page, style sheet or script of dist/ (the editor’s scripts apart, which only /admin/ loads)', () => {
		const { files, loads, editor, pagesLoadingEditor } = foreignLoadsInSite(served().outDir);
		expect(files).toBeGreaterThan(10);
		expect(loads).toEqual([]);
		expect(editor.length).toBeGreaterThan(0);
		expect(pagesLoadingEditor).toEqual([]);
	});

	it('gives every page a Content-Security-Policy limited to its own origin, and every single file one limited to itself', () => {
		const pages = filesUnder(served().outDir, ['.html']);
		expect(pages.length).toBeGreaterThan(10);
		const singleFiles = new Set([...siteGraph('commons').byCollection.decks.keys()].map((id) => join(served().outDir, deckFilePath(id))));
		expect(singleFiles.size).toBeGreaterThan(0);
		const without = pages.filter((file) => {
			const html = readFileSync(file, 'utf8');
			const policy = /<meta http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/.exec(html)?.[1];
			const start = singleFiles.has(file) ? "default-src 'none';" : "default-src 'self';";
			return !policy?.startsWith(start) || /https?:|\*/.test(policy);
		});
		expect(without.map((file) => file.slice(served().outDir.length))).toEqual([]);
	});

	it('has no broken internal link or anchor, and links only to PDFs the PDF step prints', async () => {
		// The commons is built without its PDFs (the fixture site's are printed): a link to a PDF is
		// right when the print job list of this very build writes it.
		const printed = allJobs(siteGraph('commons'), served().outDir).map((job) => job.output);
		expect(printed).toContain('/pdf/catalogue.pdf');
		const report = await checkLinks({ root: served().outDir, writtenLater: printed });
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(10);
		expect(report.writtenLater.length).toBeGreaterThan(10);
	});

	it('searches with Pagefind under its Content-Security-Policy (every kind of page is run in pages.test.ts)', async () => {
		const context = await served().browser.newContext();
		const page = await context.newPage();
		const violations = await watchPolicyViolations(page);
		// A search compiles Pagefind's WebAssembly and fetches its index: both must pass the policy.
		await page.goto(`${served().server.url}/`);
		// A string: vitest would rewrite import() in a function's source.
		const results = await page.evaluate(
			"import('/pagefind/pagefind.js').then((pagefind) => pagefind.search('numérique')).then((search) => search.results.length)",
		);
		expect(results).toBeGreaterThan(0);
		expect(violations).toEqual([]);
		await context.close();
	});
});

describe('the page samples', () => {
	it('take one page per route', () => {
		const kinds = samplePages(served().outDir).map((sample) => sample.kind);
		expect(kinds).toContain('/');
		expect(kinds).toContain('/modules/*/');
		expect(new Set(kinds).size).toBe(kinds.length);
		expect(existsSync(join(served().outDir, 'modules', 'index.html'))).toBe(true);
	});
});
