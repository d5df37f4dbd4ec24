// Finding and choosing on the built commons: search with filters, the module map, keywords, the
// learning-path builder. Expectations come from the content model, not from a copy of the sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { timeQueries } from '../../../src/bench/search.ts';
import { filesUnder } from '../../../src/files/walk.ts';
import { SEARCH_RANKING } from '../../../src/search/ranking.ts';
import { keywordIndex } from '../../../src/site/keywords.ts';
import { siteGraph, useServedSite } from '../../helpers/sites.ts';
import { axeViolations } from '../../helpers/axe.ts';

const graph = siteGraph('commons');
const served = useServedSite('commons');

async function searchFor(page: Page, url: string): Promise<{ href: string; facts: string }[]> {
	await page.goto(url);
	await page.locator('[data-search-status]').filter({ hasText: /résultat/ }).waitFor({ timeout: 60_000 });
	return page.$$eval('.cf-search__result', (items) =>
		items.map((item) => ({
			href: item.querySelector('a')?.getAttribute('href') ?? '',
			facts: item.querySelector('.cf-search__facts')?.textContent ?? '',
		})),
	);
}

/** The text of every page of the built site, tags removed. */
function filesText(root: string): string {
	return filesUnder(root, ['.html'])
		.map((file) => readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' '))
		.join(' ');
}

describe('search', () => {
	it('ranks the module on online public services first for « FranceConnect », with its number and duration', async () => {
		const { browser, server } = served();
		const page = await browser.newPage();
		const started = performance.now();
		const results = await searchFor(page, `${server.url}/recherche/?q=FranceConnect`);
		console.log(`recherche « FranceConnect » dans le navigateur : ${Math.round(performance.now() - started)} ms (chargement de la page compris), ${results.length} résultats`);
		const module = graph.get('modules', 'demarches-en-ligne')!;
		expect(results[0]?.href).toBe('/modules/demarches-en-ligne/');
		expect(results[0]?.facts).toContain(`Module ${module.data.number}`);
		expect(results[0]?.facts).toMatch(/\d+ h/);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('brings a module sheet first for every keyword a module carries, with the site’s own ranking', async () => {
		const { browser, server } = served();
		const page = await browser.newPage();
		await page.goto(`${server.url}/recherche/`);
		const keywords = [...new Set(graph.modulesInCatalogueOrder().flatMap((module) => module.data.keywords))];
		const firsts = (await timeQueries(page, keywords, SEARCH_RANKING)).map((timing) => [timing.query, timing.firstUrl] as const);
		expect(firsts.length).toBeGreaterThan(10);
		expect(firsts.filter(([, url]) => !url?.startsWith('/modules/'))).toEqual([]);
		await page.close();
	});

	it('gives the same first result, in French, in the search dialog of every page, opened with the keyboard', async () => {
		const { browser, server } = served();
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}/`);
		// The button is enabled once the dialog's script has started.
		await page.waitForSelector('button[data-open-modal]:not([disabled])');
		await page.keyboard.press('Control+k');
		const dialog = page.locator('dialog[open]');
		await dialog.locator('input').fill('FranceConnect');
		const first = dialog.locator('.pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 60_000 });
		expect(await first.getAttribute('href')).toBe('/modules/demarches-en-ligne/');
		// Starlight has no French words for Pagefind's dialog: the commons gives its own.
		expect(await dialog.locator('.pagefind-ui__message').textContent()).toMatch(/^\d+ résultats? pour FranceConnect$/);
		expect(await dialog.locator('form').getAttribute('aria-label')).toBe('Rechercher dans le commun');
		await page.close();
	});

	it('understands French word forms: a plural that no page contains finds the pages with the singular', async () => {
		const { browser, server, outDir } = served();
		const text = filesText(outDir).toLowerCase();
		// A word of a module title whose plural is written nowhere: only stemming can find it.
		const words = graph.modulesInCatalogueOrder().flatMap((module) => module.data.title.toLowerCase().split(/[^a-zàâçéèêëîïôûùüÿœ]+/));
		const word = words.find((candidate) => /^[a-z]/.test(candidate) && candidate.length > 6 && !candidate.endsWith('s') && !new RegExp(`\\b${candidate}s\\b`).test(text));
		expect(word).toBeDefined();
		const page = await browser.newPage();
		const results = await searchFor(page, `${server.url}/recherche/?q=${encodeURIComponent(`${word}s`)}`);
		expect(results.length, `${word}s`).toBeGreaterThan(0);
		await page.close();
	});

	it('offers a filter by type and narrows results to modules of one section', async () => {
		const { browser, server } = served();
		const page = await browser.newPage();
		await searchFor(page, `${server.url}/recherche/?q=num%C3%A9rique`);
		const legends = await page.$$eval('.cf-search__filter legend', (nodes) => nodes.map((node) => node.textContent));
		expect(legends).toContain('Type de contenu');
		expect(legends).toContain('Section du catalogue');
		expect(legends).toContain('Durée');
		const sectionValues = await page.$$eval('input[name="section"]', (boxes) => boxes.map((box) => (box as HTMLInputElement).value));
		expect(sectionValues).toEqual(graph.sectionsInOrder().map((section) => section.data.title));
		const durationValues = await page.$$eval('input[name="duree"]', (boxes) => boxes.map((box) => (box as HTMLInputElement).value));
		expect(durationValues[0]).toMatch(/^une demi-journée/);
		// The results come right after the search field; the filters wait under « Affiner les résultats ».
		const resultsTop = await page.$eval('.cf-search__results', (list) => list.getBoundingClientRect().top);
		const fieldBottom = await page.$eval('#recherche-mots', (field) => field.getBoundingClientRect().bottom);
		expect(resultsTop - fieldBottom).toBeLessThan(300);
		await page.getByText('Affiner les résultats').click();
		const section = graph.sectionsInOrder().find((candidate) => graph.modulesInSection(candidate.id).length > 0)!;
		await page.getByRole('checkbox', { name: new RegExp(`^Module `) }).first().check();
		await page.locator('[data-search-status]').filter({ hasText: /résultat/ }).waitFor({ timeout: 60_000 });
		await page.getByRole('checkbox', { name: new RegExp(`^${section.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) }).check();
		await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('section=');
		// The list is redrawn once the search with both filters answers: wait until it holds that answer.
		const inSection = new Set(graph.modulesInSection(section.id).map((module) => `/modules/${module.id}/`));
		const outside = async () => {
			const hrefs = await page.$$eval('.cf-search__result a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
			return hrefs.length === 0 ? ['(aucun résultat)'] : hrefs.filter((href) => !inSection.has(href));
		};
		await expect.poll(outside, { timeout: 30_000 }).toEqual([]);
		expect(page.url()).toContain('type=Module');
		expect(await page.textContent('[data-search-chosen]')).toBe('(2 filtres choisis)');
		await page.reload();
		await page.locator('[data-search-status]').filter({ hasText: /résultat/ }).waitFor();
		expect(await page.$eval('[data-search-refine]', (details) => (details as HTMLDetailsElement).open)).toBe(true);
		await page.close();
	});
	it('shows more results once per press, each result once, and takes the keyboard to the first one added', async () => {
		const { browser, server } = served();
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		const first = await searchFor(page, `${server.url}/recherche/?q=num%C3%A9rique`);
		const total = Number((await page.textContent('[data-search-status]'))?.match(/^(\d+) résultats/)?.[1]);
		expect(total).toBeGreaterThan(2 * first.length);
		// An impatient reader presses twice while the next results load.
		await page.locator('[data-search-more]').focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cf-search__result').count(), { timeout: 30_000 }).toBeGreaterThan(first.length);
		const hrefs = await page.$$eval('.cf-search__result a', (links) => links.map((link) => link.getAttribute('href')));
		expect(new Set(hrefs).size).toBe(hrefs.length);
		// Focus goes to the first result added, not back to the top of the page.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[first.length]);
		// Up to the last batch, after which the button hides: focus still lands on a result.
		while (await page.locator('[data-search-more]').isVisible()) {
			const before = await page.locator('.cf-search__result').count();
			await page.locator('[data-search-more]').press('Enter');
			await expect.poll(() => page.locator('.cf-search__result').count(), { timeout: 30_000 }).toBeGreaterThan(before);
		}
		const all = await page.$$eval('.cf-search__result a', (links) => links.map((link) => link.getAttribute('href')));
		expect(all.length).toBe(total);
		expect(new Set(all).size).toBe(total);
		expect(await page.evaluate(() => document.activeElement?.closest('.cf-search__result') !== null)).toBe(true);
		await page.close();
	});
	it('finds the slide decks too, under their own type', async () => {
		const { browser, server } = served();
		const page = await browser.newPage();
		expect(graph.byCollection.decks.size).toBeGreaterThan(0);
		for (const deck of graph.byCollection.decks.values()) {
			const query = encodeURIComponent(deck.data.title);
			const results = await searchFor(page, `${server.url}/recherche/?q=${query}&type=${encodeURIComponent('Support de présentation')}`);
			expect(results.map((result) => result.href), deck.id).toContain(`/decks/${deck.id}/`);
			for (const result of results) expect(result.href, deck.id).toMatch(/^\/decks\//);
		}
		await page.close();
	});
});

describe('the module map', () => {
	it('draws every module as a link in the SVG, and lists them all in text with their prerequisites', () => {
		const html = readFileSync(join(served().outDir, 'carte', 'index.html'), 'utf8');
		const svg = html.slice(html.indexOf('<svg class="cf-map__svg'), html.indexOf('</svg>', html.indexOf('<svg class="cf-map__svg')));
		for (const module of graph.byCollection.modules.values()) {
			expect(svg, module.id).toContain(`href="/modules/${module.id}/"`);
		}
		const list = html.slice(html.indexOf('cf-map__list'));
		const positions = graph.modulesInCatalogueOrder().map((module) => list.indexOf(`href="/modules/${module.id}/"`));
		expect(positions.length).toBeGreaterThan(5);
		expect(positions.every((position) => position >= 0)).toBe(true);
		// In the text alternative, every module comes after its prerequisites.
		for (const module of graph.byCollection.modules.values()) {
			for (const prerequisite of graph.prerequisiteModuleIds(module.id)) {
				const link = (id: string) => list.indexOf(`<a href="/modules/${id}/"`);
				if (graph.prerequisites(module.id).some((p) => p.kind === 'module' && p.moduleId === prerequisite)) {
					expect(link(prerequisite), `${prerequisite} avant ${module.id}`).toBeLessThan(link(module.id));
				}
			}
		}
	});
});

describe('keywords', () => {
	it('have an index and a page each, and module sheets link to them', () => {
		const root = served().outDir;
		const keywords = keywordIndex(graph);
		expect(keywords.length).toBeGreaterThan(0);
		const index = readFileSync(join(root, 'mots-cles', 'index.html'), 'utf8');
		for (const keyword of keywords) {
			expect(index).toContain(`href="/mots-cles/${keyword.slug}/"`);
			const page = readFileSync(join(root, 'mots-cles', keyword.slug, 'index.html'), 'utf8');
			for (const entry of keyword.entries) expect(page).toContain(`href="/${entry.collection === 'modules' ? 'modules' : entry.collection}/${entry.id}/"`);
		}
		const module = [...graph.byCollection.modules.values()].find((candidate) => candidate.data.keywords.length > 0)!;
		const sheet = readFileSync(join(root, 'modules', module.id, 'index.html'), 'utf8');
		expect(sheet).toContain(`href="/mots-cles/${keywords.find((keyword) => keyword.entries.includes(module))!.slug}/"`);
	});
});

describe('the learning-path builder', () => {
	it('adds missing prerequisites, puts them first, sums hours and shares the choice in the address', async () => {
		const { browser, server } = served();
		// A module with a plain module prerequisite, from the content.
		const module = graph.modulesInCatalogueOrder().find((candidate) => graph.prerequisites(candidate.id).some((link) => link.kind === 'module'))!;
		const prerequisite = graph.prerequisites(module.id).find((link) => link.kind === 'module')! as { moduleId: string };
		const page = await browser.newPage();
		await page.goto(`${server.url}/composer/`);
		await page.locator(`#module-${module.id}`).check();
		await expect.poll(() => page.locator('[data-composer-steps] a').count(), { timeout: 30_000 }).toBeGreaterThan(1);
		const steps = await page.$$eval('[data-composer-steps] a', (links) => links.map((link) => link.getAttribute('href')));
		expect(steps.indexOf(`/modules/${prerequisite.moduleId}/`)).toBeGreaterThanOrEqual(0);
		expect(steps.indexOf(`/modules/${prerequisite.moduleId}/`)).toBeLessThan(steps.indexOf(`/modules/${module.id}/`));
		expect(await page.textContent('[data-composer-notes]')).toContain('a été ajouté');
		expect(await page.textContent('[data-composer-totals]')).toMatch(/\d+ modules, .* de formation/);
		const link = await page.inputValue('[data-composer-link]');
		expect(link).toContain(`modules=`);
		expect(link).toContain(module.id);
		expect(await axeViolations(page)).toEqual([]);

		// The shared link opens the same path.
		const other = await browser.newPage();
		await other.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
		await expect.poll(() => other.locator('[data-composer-steps] a').count(), { timeout: 30_000 }).toBe(steps.length);
		expect(await other.$$eval('[data-composer-steps] a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(steps);
		await other.close();

		// Served over plain http, the browser has no clipboard: the reader is told, the link left selected.
		const plain = await browser.newPage();
		await plain.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
		await plain.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
		await plain.getByRole('button', { name: 'Copier le lien' }).press('Enter');
		await expect.poll(() => plain.textContent('[data-composer-totals]')).toContain('Le lien n’a pas pu être copié');
		expect(await plain.evaluate(() => document.activeElement?.id)).toBe('lien-parcours');
		await plain.close();

		// Without automatic addition, the prerequisite is flagged instead.
		await page.goto(`${server.url}/composer/`);
		await page.locator('#ajouter-prerequis').uncheck();
		await page.locator(`#module-${module.id}`).check();
		await expect.poll(() => page.textContent('[data-composer-notes]'), { timeout: 30_000 }).toContain('Il manque');
		await page.close();
	});
});
