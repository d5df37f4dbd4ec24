// The catalogue of the fixture site as a visitor reads it: home page, module sheets, learning paths,
// the contact page. A content error that stops the build is tested in tests/e2e/cli/check-build.test.ts
// and tests/unit/integrations/content-check.test.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../helpers/axe.ts';
import { expectAstroToHoldTheModel } from '../../helpers/same-ids.ts';
import { siteGraph, useServedSite } from '../../helpers/sites.ts';

const graph = siteGraph('fixture');
const served = useServedSite('fixture');
let page: Page;

beforeAll(async () => {
	page = await served().browser.newPage();
});

describe('the built site of a small catalogue', () => {
	it('holds in Astro’s collections exactly the entries the model loaded, collection by collection', () => {
		expectAstroToHoldTheModel(siteGraph('fixture'), served().outDir);
	});

	it('writes one page per module', () => {
		const modules = [...graph.byCollection.modules.keys()];
		expect(modules).toContain('ateliers');
		for (const id of modules) expect(existsSync(join(served().outDir, 'modules', id, 'index.html')), id).toBe(true);
	});

	it('shows the publisher’s logo before its name in the header, and uses it as the favicon', async () => {
		await page.goto(`${served().server.url}/modules/outils/`);
		const logo = page.locator('header .site-title img');
		expect(await logo.getAttribute('src')).toBe('/logo.svg');
		expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
		expect(await page.locator('header .site-title').textContent()).toContain('Atelier Fixture');
		expect(await page.getAttribute('link[rel="shortcut icon"]', 'href')).toBe('/logo.svg');
	});

	it('offers « Modifier cette page » on each content page, to its file in the repository of organisation.yaml', async () => {
		for (const [path, file] of [
			['/modules/outils/', graph.get('modules', 'outils')!.file],
			[`/personas/${[...graph.byCollection.personas.keys()][0]}/`, graph.get('personas', [...graph.byCollection.personas.keys()][0]!)!.file],
		] as const) {
			await page.goto(`${served().server.url}${path}`);
			const edit = page.getByRole('link', { name: 'Modifier cette page' });
			expect(await edit.getAttribute('href'), path).toBe(`https://github.com/atelier-fixture/catalogue/edit/principale/${file}`);
		}
		// A page that shows no one content file has none.
		await page.goto(`${served().server.url}/carte/`);
		expect(await page.getByRole('link', { name: 'Modifier cette page' }).count()).toBe(0);
	});

	it('is in French and titled by the publisher', async () => {
		await page.goto(`${served().server.url}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.textContent('h1')).toContain('Atelier Fixture');
	});

	it('lists the modules by section, in catalogue order, with their duration', async () => {
		await page.goto(`${served().server.url}/modules/`);
		const sections = await page.$$eval('.cf-toc__section', (nodes) =>
			nodes.map((node) => ({
				title: node.querySelector('h2')?.textContent?.trim(),
				modules: [...node.querySelectorAll('.cf-module-list__item')].map((item) => ({
					href: item.querySelector('a')?.getAttribute('href'),
					text: item.textContent?.replace(/\s+/g, ' ').trim(),
				})),
			})),
		);
		expect(sections.map((section) => ({ title: section.title, modules: section.modules.map((module) => module.href) }))).toEqual(
			graph.sectionsInOrder().map((section) => ({
				title: section.data.title,
				modules: graph.modulesInSection(section.id).map((module) => `/modules/${module.id}/`),
			})),
		);
		const texts = sections.flatMap((section) => section.modules.map((module) => module.text));
		expect(texts).toContain('Module 1 Découvrir les outils Durée : 3 h');
		expect(texts).toContain('Module 10A Animer des ateliers Durée : 3 h 30');
		// 10 before 10A, 2 before 10: numbers are compared as numbers, then by their letter.
		expect(texts.indexOf('Module 10 Accueillir le public Durée : 7 h')).toBe(texts.indexOf('Module 10A Animer des ateliers Durée : 3 h 30') - 1);
		expect(sections[0]!.modules.slice(0, 2).map((module) => module.text)).toEqual(['Module 1 Découvrir les outils Durée : 3 h', 'Module 2 Protéger les données Durée : 6 h']);
	});

	it('shows a sheet with its duration, group size and every prerequisite as a link with number and title', async () => {
		await page.goto(`${served().server.url}/modules/ateliers/`);
		expect(await page.textContent('h1')).toBe('Module 10A · Animer des ateliers');
		expect(await page.textContent('.cf-facts')).toContain('3 h 30');
		expect(await page.textContent('.cf-facts')).toContain('12 personnes au plus');
		const prerequisites = await page.$$eval('.cf-prerequisites a', (links) =>
			links.map((link) => [link.getAttribute('href'), link.textContent?.replace(/\s+/g, ' ').trim()]),
		);
		expect(prerequisites).toEqual([
			['/modules/outils/', 'Module 1 Découvrir les outils'],
			['/modules/accueil/', 'Module 10 Accueillir le public'],
		]);
	});

	it('links a competence prerequisite to the module that can replace it, and lists follow-ups', async () => {
		await page.goto(`${served().server.url}/modules/securite/`);
		expect(await page.textContent('.cf-prerequisites')).toContain('Connaître les outils de base — ou avoir suivi le Module 1 Découvrir les outils');
		const followUps = await page.$$eval('#prolongements + ul a', (links) => links.map((link) => link.getAttribute('href')));
		expect(followUps).toEqual(['/modules/accueil/']);
	});

	it('renders the module body under "Contenus", keeping French times intact', async () => {
		await page.goto(`${served().server.url}/modules/outils/`);
		expect(await page.textContent('.cf-sheet__contents h3')).toBe('Première partie');
		expect(await page.textContent('.cf-sheet__contents')).toContain('à 10:30 précises, au format 16:9');
	});

	it('dates the sources of its institutional facts: « situation au » the latest consultation, one linked line each', async () => {
		await page.goto(`${served().server.url}/modules/outils/`);
		const sources = page.locator('.cf-sources');
		expect(await sources.locator('h2').textContent()).toBe('Sources');
		expect(await sources.locator('.cf-sources__as-of').textContent()).toContain('Situation au 3 décembre 2026');
		const lines = await sources.locator('li').allTextContents();
		expect(lines.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
			'Page officielle d’un dispositif, Une agence (consultée le 2 novembre 2026) : Le dispositif a changé de nom.',
			'Une seconde page (consultée le 3 décembre 2026)',
		]);
		expect(await sources.locator('a').first().getAttribute('href')).toBe('https://dispositif.example/page');
		await page.goto(`${served().server.url}/modules/securite/`);
		expect(await page.locator('.cf-sources').count()).toBe(0);
	});

	it('loads nothing from another origin', async () => {
		const foreign: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(served().server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
		});
		for (const path of ['/', '/modules/securite/', '/sections/bases/']) await page.goto(`${served().server.url}${path}`);
		expect(foreign).toEqual([]);
	});
});

describe('a learning path of the small catalogue', () => {
	it('lists its modules in order, each with its hours, and the total of their sheets', async () => {
		await page.goto(`${served().server.url}/parcours/premier-cycle/`);
		expect(await page.textContent('h1')).toBe('Premier cycle');
		const steps = await page.$$eval('.cf-parcours__step', (items) =>
			items.map((item) => [item.querySelector('a')?.getAttribute('href'), item.querySelector('.cf-parcours__hours')?.textContent]),
		);
		expect(steps).toEqual([
			['/modules/outils/', '(3 h)'],
			['/modules/securite/', '(6 h)'],
			['/modules/ateliers/', '(3 h 30)'],
		]);
		// 3 h + 6 h + 3 h 30, from the three module sheets: nobody typed this total.
		expect(await page.textContent('.cf-facts .cf-parcours__total')).toBe('12 h 30');
		expect(await page.textContent('#besoins + ul')).toContain('Animer un atelier');
		expect(await page.textContent('#public + p')).toBe('Personnes qui testent le site');
	});

	it('is listed on the paths index with its total', async () => {
		await page.goto(`${served().server.url}/parcours/`);
		const item = page.locator('.cf-parcours-list__item', { has: page.locator('a[href="/parcours/premier-cycle/"]') });
		expect(await item.locator('a').textContent()).toBe('Premier cycle');
		expect(await item.locator('.cf-parcours__total').textContent()).toBe('12 h 30');
	});
});

describe('the contact page', () => {
	it('shows the publisher’s details from organisation.yaml', async () => {
		await page.goto(`${served().server.url}/catalogue/contact/`);
		expect(await page.getAttribute('.cf-publisher a[href^="mailto:"]', 'href')).toBe('mailto:contact@fixture.example');
		expect(await page.textContent('.cf-publisher h2')).toBe('Atelier Fixture');
		expect(await page.textContent('.cf-publisher')).toContain('Département de test');
	});
});

describe('accessibility of the paths and catalogue pages', () => {
	it.each(['/parcours/premier-cycle/', '/parcours/', '/catalogue/contact/'])('%s has no axe-core violation', async (path) => {
		await page.goto(`${served().server.url}${path}`);
		expect(await axeViolations(page)).toEqual([]);
	});
});
