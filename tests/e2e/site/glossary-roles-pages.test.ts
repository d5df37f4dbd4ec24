// The glossary, roles and repères as a visitor meets them: links, letters, tables, and an axe audit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../helpers/axe.ts';
import { siteGraph, useServedSite } from '../../helpers/sites.ts';

const graph = siteGraph('fixture');
const served = useServedSite('fixture');
let page: Page;

beforeAll(async () => {
	page = await served().browser.newPage();
});

const text = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim();

describe('glossary pages', () => {
	it('turns :term[rgpd] in a module into a link to the term’s page, titled with the term', async () => {
		await page.goto(`${served().server.url}/modules/proteger/`);
		const link = page.locator('.sl-markdown-content a[href="/glossaire/rgpd/"]');
		expect(await link.count()).toBe(1);
		expect(text(await link.textContent())).toBe(graph.get('glossaire', 'rgpd')!.data.term);
	});

	it('lists every term under its initial letter, accents and case ignored, with letter links that lead there', async () => {
		await page.goto(`${served().server.url}/glossaire/`);
		const letters = await page.$$eval('.cf-letters a', (links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
		expect(letters).toEqual([
			['A', '#lettre-a'],
			['C', '#lettre-c'],
			['D', '#lettre-d'],
			['E', '#lettre-e'],
			['R', '#lettre-r'],
		]);
		for (const [, href] of letters) expect(await page.locator(href!).count(), href!).toBe(1);
		const underE = await page.$$eval('#lettre-e ~ dl dt a', (links) => links.map((link) => link.textContent));
		expect(underE).toEqual(['Émancipation']);
		expect(text(await page.textContent('[data-term="acces"] dd'))).toBe(graph.get('glossaire', 'acces')!.data.definition);
	});

	it('shows a term with its other names, its source, related terms both ways and its modules', async () => {
		await page.goto(`${served().server.url}/glossaire/rgpd/`);
		expect(await page.textContent('.cf-term__aliases')).toContain('RGPD');
		expect(text(await page.textContent('.cf-term__source'))).toBe('Source de test, 2026');
		expect(await page.$$eval('.cf-term__related a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(['/glossaire/cnil/']);
		expect(await page.$$eval('.cf-term__modules a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(['/modules/proteger/']);
		// cnil does not list rgpd, but rgpd lists cnil: the link goes both ways.
		await page.goto(`${served().server.url}/glossaire/cnil/`);
		expect(await page.$$eval('.cf-term__related a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(['/glossaire/rgpd/']);
		expect(await page.getAttribute('.cf-term__source a', 'href')).toBe('https://exemple.org/commission');
	});
});

describe('roles and repères', () => {
	it('shows what a role can and should not do, and links its help levels to the repère that explains them', async () => {
		await page.goto(`${served().server.url}/roles/agente/`);
		expect(await page.textContent('h1')).toBe('Awa, agente d’accueil');
		expect(text(await page.textContent('#peut-faire + ul'))).toBe('Accueillir et orienter');
		expect(text(await page.textContent('#ne-doit-pas + ul'))).toBe('Garder les mots de passe');
		expect(await page.$$eval('.cf-role__levels a', (links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).toEqual([
			['Faire avec', '/reperes/niveaux/#faire-avec'],
		]);
	});

	it('lists on each help level the roles that practise it', async () => {
		await page.goto(`${served().server.url}/reperes/niveaux/`);
		const rolesOf = (level: string) =>
			page.$$eval(`[data-level="${level}"] ul a`, (links) => links.map((link) => link.getAttribute('href')));
		expect(await rolesOf('faire-pour')).toEqual([]);
		expect(await rolesOf('faire-avec')).toEqual(['/roles/agente/', '/roles/mediateur/']);
		expect(await rolesOf('faire-seul')).toEqual(['/roles/mediateur/']);
	});

	it('draws the grid as a data table with a caption and headers for columns and rows', async () => {
		await page.goto(`${served().server.url}/reperes/grille/`);
		expect(await page.textContent('table.cf-grid caption')).toBe('Que faire selon l’urgence et les missions');
		expect(await page.$$eval('table.cf-grid thead th', (cells) => cells.map((cell) => [cell.getAttribute('scope'), cell.textContent]))).toEqual([
			['col', 'Mes missions'],
			['col', 'Urgent'],
			['col', 'Pas urgent'],
		]);
		expect(await page.$$eval('table.cf-grid tbody th', (cells) => cells.map((cell) => [cell.getAttribute('scope'), cell.textContent]))).toEqual([
			['row', 'Dans mes missions'],
			['row', 'Hors de mes missions'],
		]);
		expect(await page.$$eval('table.cf-grid tbody tr:nth-child(2) td:first-of-type li', (items) => items.map((item) => item.textContent))).toEqual([
			'J’accompagne si je peux',
			'J’oriente',
		]);
	});

	it('lists every role in a table on /roles/', async () => {
		await page.goto(`${served().server.url}/roles/`);
		expect(await page.$$eval('table.cf-roles tbody th[scope="row"] a', (links) => links.map((link) => link.textContent))).toEqual(['Awa', 'Bruno']);
	});
});

describe('accessibility', () => {
	for (const path of ['/glossaire/', '/glossaire/rgpd/', '/roles/', '/roles/agente/', '/reperes/niveaux/', '/reperes/grille/']) {
		it(`${path} has no axe-core violation`, async () => {
			await page.goto(`${served().server.url}${path}`);
			const violations = await axeViolations(page);
			expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
		});
	}
});
