// The personas as a trainer looks for one: the index and its filters, a persona sheet, and the
// personas listed on a module sheet.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../helpers/axe.ts';
import { useServedSite } from '../../helpers/sites.ts';
import { frenchSpacing } from '../../../src/typography/french-spacing.ts';

// Five personas: Inès, Léa, Omar, Rose, Tom (see tests/fixtures/site/personas/).
const served = useServedSite('fixture');
let page: Page;

const visibleNames = (target: Page) =>
	target.$$eval('.cf-persona-list__item:not([hidden]) .cf-persona-card__name a', (links) =>
		links.map((link) => link.textContent?.trim()),
	);
const status = (target: Page) => target.textContent('[role="status"]').then((text) => text?.trim());

beforeAll(async () => {
	page = await served().browser.newPage();
});

describe('the personas index', () => {
	it('lists every persona by name without JavaScript, and shows no filter that could not work', async () => {
		const context = await served().browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${served().server.url}/personas/`);
		expect(await visibleNames(plain)).toEqual(['Inès', 'Léa', 'Omar', 'Rose', 'Tom']);
		expect(await plain.isVisible('form.cf-filters')).toBe(false);
		await context.close();
	});

	it('offers labelled filters by place, obstacle and module', async () => {
		await page.goto(`${served().server.url}/personas/`);
		expect(await page.isVisible('form.cf-filters')).toBe(true);
		for (const label of ['Lieu', 'Frein', 'Module']) {
			expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
		}
		const places = await page.$$eval('#filtre-lieu option', (options) => options.map((option) => option.textContent?.trim()));
		expect(places).toEqual(['Tous les lieux', 'CCAS (1)', 'Mairie (2)', 'Médiathèque (2)']);
	});

	it('filters by obstacle, then by module, and announces the number of results', async () => {
		await page.goto(`${served().server.url}/personas/`);
		await page.getByLabel('Frein', { exact: true }).selectOption('competences');
		expect(await visibleNames(page)).toEqual(['Inès', 'Léa', 'Rose']);
		expect(await status(page)).toBe('3 personas affichées sur 5.');

		await page.getByLabel('Module', { exact: true }).selectOption('accueil');
		expect(await visibleNames(page)).toEqual(['Inès', 'Rose']);
		expect(await status(page)).toBe('2 personas affichées sur 5.');
		expect(new URL(page.url()).search).toBe('?frein=competences&module=accueil');

		await page.getByLabel('Lieu', { exact: true }).selectOption('CCAS');
		expect(await visibleNames(page)).toEqual([]);
		expect(await status(page)).toBe('Aucune persona ne correspond à ces critères.');

		await page.getByRole('button', { name: 'Tout afficher' }).click();
		await expect.poll(() => status(page)).toBe('5 personas affichées.');
		expect(await visibleNames(page)).toHaveLength(5);
	});

	it('shows on each card the modules that prepare for the situation, by number, linked to their sheets', async () => {
		await page.goto(`${served().server.url}/personas/`);
		const links = await page.$$eval('[data-persona="tom"] .cf-persona-card__modules a', (anchors) =>
			anchors.map((anchor) => [anchor.getAttribute('href'), anchor.textContent?.replace(/\s+/g, ' ').trim()]),
		);
		expect(links).toEqual([
			['/modules/accueil/', 'Module 10 · Accueillir le public'],
			['/modules/securite/', 'Module 2 · Protéger les données'],
		]);
		// The title is read out but takes no room on the card.
		const title = await page.locator('[data-persona="tom"] .cf-persona-card__modules .cf-visually-hidden').first().boundingBox();
		expect(title?.width ?? 0).toBeLessThanOrEqual(1);
	});

	it('applies a filter given in the address', async () => {
		await page.goto(`${served().server.url}/personas/?module=securite`);
		expect(await visibleNames(page)).toEqual(['Omar', 'Tom']);
		expect(await status(page)).toBe('2 personas affichées sur 5.');
	});

	it('can be filtered with the keyboard alone', async () => {
		await page.goto(`${served().server.url}/personas/`);
		await page.focus('#filtre-frein');
		await page.keyboard.press('ArrowDown'); // the first obstacle in the list: Matériel
		await page.keyboard.press('Tab');
		await expect.poll(() => status(page)).toBe('2 personas affichées sur 5.');
		expect(await visibleNames(page)).toEqual(['Léa', 'Omar']);
	});

	it('has no accessibility violation', async () => {
		await page.goto(`${served().server.url}/personas/`);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('a persona sheet', () => {
	it('is reached from the index and shows who, where, obstacles, the four steps as questions and the modules', async () => {
		await page.goto(`${served().server.url}/personas/`);
		await page.getByRole('link', { name: 'Léa', exact: true }).click();
		await page.waitForURL(`${served().server.url}/personas/lea/`);
		expect(await page.textContent('h1')).toBe('Léa, 40 ans');
		const facts = await page.textContent('.cf-persona-card__facts');
		expect(facts).toContain('médiathèque');
		expect(facts).toContain('Matériel');
		expect(facts).toContain('Compétences');
		const steps = await page.$$eval('.cf-persona-card__frame h3', (headings) => headings.map((h) => h.textContent?.trim()));
		expect(steps).toEqual(['Accueil', 'Diagnostic', 'Accompagnement', 'Orientation']);
		expect(await page.textContent('.cf-persona-card__frame')).toContain(frenchSpacing('Sait-elle où se trouve un fichier téléchargé ?'));
		const modules = await page.$$eval('.cf-persona-modules a', (links) =>
			links.map((link) => [link.getAttribute('href'), link.textContent?.replace(/\s+/g, ' ').trim()]),
		);
		expect(modules).toEqual([['/modules/outils/', 'Module 1 Découvrir les outils']]);
	});

	it('links related personas both ways', async () => {
		await page.goto(`${served().server.url}/personas/lea/`);
		const related = await page.$$eval('#personas-proches + ul a', (links) => links.map((link) => link.textContent?.trim()));
		expect(related).toEqual(['Tom', 'Rose']);
	});

	it('has no accessibility violation', async () => {
		await page.goto(`${served().server.url}/personas/lea/`);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('a module sheet', () => {
	it('lists the personas that prepare for it, linked to their sheets', async () => {
		await page.goto(`${served().server.url}/modules/accueil/`);
		const personas = await page.$$eval('#pour-pratiquer + ul a', (links) =>
			links.map((link) => [link.getAttribute('href'), link.textContent?.trim()]),
		);
		expect(personas).toEqual([
			['/personas/ines/', 'Inès'],
			['/personas/rose/', 'Rose'],
			['/personas/tom/', 'Tom'],
		]);
	});
});
