// The fixture site published in a sub-folder (site: https://exemple.org/catalogue/ in organisation.yaml,
// no variable; the same build as escaping.test.ts, markup in every text field included), served under /catalogue/ as its host would: every page and link stays under the
// path, search leads there, PDFs and QR codes carry it, and the tools that read dist/ follow it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildRecord } from '../../../src/build/record.ts';
import { filesUnder } from '../../../src/files/walk.ts';
import { checkLinks } from '../../../src/links/check-links.ts';
import { pageTexts, pdfLinks } from '../../../src/pdf/inspect.ts';
import { htmlElements } from '../../../src/security/html-elements.ts';
import { BASE, BASED_SITE } from '../../helpers/based-content.ts';
import { PROJECT_ROOT, userEnvironment } from '../../helpers/build-site.ts';
import { runProcess } from '../../helpers/process.ts';
import { siteGraph, useServedSite } from '../../helpers/sites.ts';

const served = useServedSite('hostile');
const graph = siteGraph('hostile');

/** Attributes whose value is an address the browser follows or loads. */
const ADDRESS_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

describe('a site published under /catalogue/', () => {
	it('was built for that path, read from organisation.yaml alone', () => {
		expect(readBuildRecord(served().outDir)).toEqual({ site: BASED_SITE, base: BASE, pdf: true });
	});

	it('has no link or resource address that escapes /catalogue/, in any page', () => {
		const escaping: string[] = [];
		const pages = filesUnder(served().outDir, ['.html']);
		for (const file of pages) {
			for (const element of htmlElements(readFileSync(file, 'utf8'))) {
				for (const name of ADDRESS_ATTRIBUTES) {
					const value = element.attributes[name]?.trim();
					if (value?.startsWith('/') && !value.startsWith('//') && !value.startsWith(BASE)) {
						escaping.push(`${relative(served().outDir, file)} <${element.name} ${name}="${value}">`);
					}
				}
			}
		}
		expect(pages.length).toBeGreaterThan(20);
		expect(escaping).toEqual([]);
	});

	it('puts a link written from the site root in a content under the path', () => {
		const html = readFileSync(join(served().outDir, 'modules/outils/index.html'), 'utf8');
		expect(html).toContain(`href="${BASE}carte/"`);
	});

	it('has no broken link or anchor when every page is crawled under /catalogue/', async () => {
		const report = await checkLinks({ root: served().outDir, base: BASE, pdf: true });
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(100);
	});

	it('finds contents with the search, and its results lead under /catalogue/', async () => {
		const page = await served().browser.newPage();
		try {
			const module = graph.modulesInCatalogueOrder()[0]!;
			await page.goto(`${served().server.url}${BASE}recherche/?q=${encodeURIComponent(module.data.title)}`);
			await page.locator('[data-search-status]').filter({ hasText: /résultat/ }).waitFor({ timeout: 60_000 });
			const hrefs = await page.$$eval('.cf-search__result a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
			expect(hrefs.length).toBeGreaterThan(0);
			expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
			expect(hrefs).toContain(`${BASE}modules/${module.id}/`);
		} finally {
			await page.close();
		}
	});

	it('prints every PDF link and QR code address with /catalogue/', async () => {
		const pdfs = filesUnder(join(served().outDir, 'pdf'), ['.pdf']);
		expect(pdfs.length).toBeGreaterThan(3);
		const toSite: string[] = [];
		for (const file of pdfs) {
			const bytes = new Uint8Array(readFileSync(file));
			toSite.push(...(await pdfLinks(bytes)).filter((url) => url.startsWith('https://exemple.org/')));
		}
		expect(toSite.length).toBeGreaterThan(5);
		expect(toSite.filter((url) => !url.startsWith(BASED_SITE))).toEqual([]);
		// The address written under each module sheet's QR code, which the code encodes.
		for (const module of graph.modulesInCatalogueOrder()) {
			const text = (await pageTexts(new Uint8Array(readFileSync(join(served().outDir, 'pdf/modules', `${module.id}.pdf`))))).join('').replace(/\s+/g, '');
			expect(text, module.id).toContain(`${BASED_SITE}modules/${module.id}/`);
		}
	});
});

describe('the tools that read dist/, on that build', () => {
	const run = (script: string, args: string[]) =>
		runProcess(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
			cwd: PROJECT_ROOT,
			env: { ...userEnvironment(), COMMUN_CONTENT_DIR: served().contentDir },
			timeLimit: 150_000,
		});

	it('npm run check:links passes on that build, whose PDFs npm run pdf printed with no variable (tests/setup/sites.ts)', async () => {
		const links = await run('check-links.ts', ['--dist', served().outDir]);
		expect(links.status, links.stdout).toBe(0);
		expect(links.stdout).toContain(`site construit sous ${BASE}`);
		expect(links.stdout).toContain(' 0 cassés');
	});

	it('npm run check:links does not report the PDFs a build did not print, and says so', async () => {
		const unprinted = join(mkdtempSync(join(tmpdir(), 'commun-based-')), 'dist');
		cpSync(served().outDir, unprinted, { recursive: true });
		rmSync(join(unprinted, 'pdf'), { recursive: true, force: true });
		const record = JSON.parse(readFileSync(join(unprinted, 'commun-build.json'), 'utf8')) as object;
		writeFileSync(join(unprinted, 'commun-build.json'), JSON.stringify({ ...record, pdf: false }));
		const links = await run('check-links.ts', ['--dist', unprinted]);
		expect(links.status, links.stdout).toBe(0);
		expect(links.stdout).toMatch(/\d+ liens vers des PDF non vérifiés : cette construction ne les a pas imprimés/);
		rmSync(join(unprinted, '..'), { recursive: true, force: true });
	});
});
