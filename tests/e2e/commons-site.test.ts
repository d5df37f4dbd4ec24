// The commons' own content built once and checked as a visitor gets it: privacy and integrity here,
// accessibility and the finding tools (search, map, keywords, builder) in ./commons/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/files/walk.ts';
import { checkLinks } from '../../src/links/check-links.ts';
import { foreignLoadsInSite } from '../../src/security/site-scan.ts';
import { useServedSite } from '../helpers/commons-site.ts';
import { samplePages } from '../helpers/page-types.ts';
import { accessibilityTests } from './commons/accessibility.ts';
import { deckTests } from './commons/decks.ts';
import { findingTests } from './commons/finding.ts';

// With its PDFs: every page links to one, and a visitor gets them.
const served = useServedSite('content', { pdf: true });

describe('the built commons', () => {
	it('loads nothing from another origin, in any page, style sheet or script of dist/', () => {
		const { files, loads } = foreignLoadsInSite(served().site.outDir);
		expect(files).toBeGreaterThan(10);
		expect(loads).toEqual([]);
	});

	it('gives every page a Content-Security-Policy limited to its own origin', () => {
		const pages = filesUnder(served().site.outDir, ['.html']);
		const without = pages.filter((file) => {
			const html = readFileSync(file, 'utf8');
			const policy = /<meta http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/.exec(html)?.[1];
			return !policy?.startsWith("default-src 'self';") || /https?:|\*/.test(policy);
		});
		expect(without.map((file) => file.slice(served().site.outDir.length))).toEqual([]);
	});

	it('has no broken internal link or anchor', async () => {
		const report = await checkLinks({ root: served().site.outDir });
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(10);
	});

	it('runs in a browser without any policy violation, foreign request or cookie, on every kind of page', async () => {
		const context = await served().browser.newContext();
		const page = await context.newPage();
		const violations: string[] = [];
		const foreign: string[] = [];
		await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) =>
				(window as unknown as { reportViolation(text: string): void }).reportViolation(
					`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
				),
			);
		});
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(served().server.url) && !/^(data|blob):/.test(url)) foreign.push(url);
		});
		const samples = samplePages(served().site.outDir);
		expect(samples.length).toBeGreaterThan(3);
		const cookies: string[] = [];
		for (const { path } of samples) {
			await page.goto(`${served().server.url}${path}`, { waitUntil: 'load' });
			const cookie = await page.evaluate(() => document.cookie);
			if (cookie) cookies.push(`${path}: ${cookie}`);
		}
		// A search compiles Pagefind's WebAssembly and fetches its index: both must pass the policy.
		await page.goto(`${served().server.url}/`);
		// A string: vitest would rewrite import() in a function's source.
		const results = await page.evaluate(
			"import('/pagefind/pagefind.js').then((pagefind) => pagefind.search('numérique')).then((search) => search.results.length)",
		);
		expect(results).toBeGreaterThan(0);
		expect(violations).toEqual([]);
		expect(foreign).toEqual([]);
		expect(cookies).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});
});

describe('the page samples', () => {
	it('take one page per route', () => {
		const kinds = samplePages(served().site.outDir).map((sample) => sample.kind);
		expect(kinds).toContain('/');
		expect(kinds).toContain('/modules/*/');
		expect(new Set(kinds).size).toBe(kinds.length);
		expect(existsIn(served().site.outDir, 'modules/index.html')).toBe(true);
	});
});

function existsIn(root: string, path: string): boolean {
	try {
		readFileSync(join(root, path));
		return true;
	} catch {
		return false;
	}
}

accessibilityTests(served);
findingTests(served);
deckTests(served);
