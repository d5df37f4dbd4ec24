// The network-building kit in a browser: its index, a tool page, the directory and its filters, a
// questionnaire filled offline and downloaded, several answer files aggregated, the printable kit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../../helpers/axe.ts';
import { downloadedText } from '../../helpers/browser.ts';
import { useServedSite } from '../../helpers/sites.ts';
import { frenchSpacing } from '../../../src/typography/french-spacing.ts';

// Four places (Bibliothèque Nord, CCAS Sud, Association Est, Point Ouest), one questionnaire, two
// scenarios: tests/fixtures/site/{kit,repertoire,typologie,types-structures,questionnaires,scenarios}/.
const served = useServedSite('fixture');

let context: BrowserContext;
let page: Page;
/** Every request the pages made to another origin than the site's. */
const foreign: string[] = [];

const visiblePlaces = (target: Page) =>
	target.$$eval('[data-cf-place]:not([hidden]) h3', (titles) => titles.map((title) => title.firstChild?.textContent?.trim()));
const visibleRows = (target: Page) => target.$$eval('.cf-summary tbody tr:not([hidden]) th a', (links) => links.map((link) => link.textContent?.trim()));
const status = (target: Page, selector = '[data-cf-count]') => target.textContent(selector).then((text) => text?.trim());

beforeAll(async () => {
	context = await served().browser.newContext({ acceptDownloads: true });
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(served().server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
	});
	page = await context.newPage();
});

describe('the kit pages', () => {
	it('lists the kit by chapter, each tool under its chapter in order', async () => {
		await page.goto(`${served().server.url}/kit/`);
		const chapters = await page.$$eval('main section', (sections) =>
			sections.map((section) => ({
				title: section.querySelector('h2')?.textContent?.trim(),
				pages: [...section.querySelectorAll('li a')].map((link) => link.textContent?.trim()),
			})),
		);
		expect(chapters).toEqual([
			{ title: 'Pourquoi ce kit', pages: ['Pourquoi'] },
			{ title: 'Se repérer sur son territoire', pages: ['Typologie', 'Structures', 'Questionnaire de test', 'Regrouper'] },
			{ title: 'Construire une dynamique de réseau', pages: ['Scénarios'] },
		]);
	});

	it('shows the typology as tables with a caption and row headers, and the page’s version and history', async () => {
		await page.goto(`${served().server.url}/kit/typologie/`);
		const captions = await page.$$eval('table.cf-table caption', (nodes) => nodes.map((node) => node.textContent?.trim()));
		expect(captions).toEqual(['Types de médiation : accès', 'Types de médiation : droits', 'Types de médiation : formation'].map(frenchSpacing));
		const rows = await page.$$eval('#categorie-acces ~ table th[scope="row"]', (nodes) => nodes.map((node) => node.textContent?.trim()));
		expect(rows).toEqual(['Poste libre', 'Wi-Fi']);
		expect(await page.textContent('.cf-attribution')).toContain('1.2.0');
		expect(await page.textContent('.cf-changelog')).toContain('Une modification inventée.');
	});

	it('draws each scenario’s bridges and says them in words', async () => {
		await page.goto(`${served().server.url}/kit/scenarios/`);
		expect(await page.locator('#scenario-a ~ figure svg[role="img"] rect').count()).toBe(3);
		const bridges = await page.$$eval('.cf-journey__list', (lists) =>
			lists.map((list) => [...list.querySelectorAll('li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim())),
		);
		expect(bridges).toEqual([['Bibliothèque → Entretien : écoute', 'Entretien → Atelier : apprendre'], ['Association → Urgence']]);
	});
});

describe('the directory', () => {
	it('lists every place by category without JavaScript, under an example banner, with no filter shown', async () => {
		const plain = await served().browser.newContext({ javaScriptEnabled: false });
		const view = await plain.newPage();
		await view.goto(`${served().server.url}/repertoire/`);
		expect(await view.textContent('.cf-example-banner')).toContain('Territoire d’exemple');
		const groups = await view.$$eval('.cf-place-group', (sections) =>
			sections.map((section) => [section.querySelector('h2')?.textContent?.trim(), [...section.querySelectorAll('h3')].map((h) => h.firstChild?.textContent?.trim())]),
		);
		expect(groups).toEqual([
			['Accès', ['Bibliothèque Nord', 'Point Ouest']],
			['Droits', ['CCAS Sud']],
			['Formation', ['Association Est']],
		]);
		expect(await view.isVisible('[data-cf-filters]')).toBe(false);
		await plain.close();
	});

	it('crosses places and mediation types in a summary table', async () => {
		await page.goto(`${served().server.url}/repertoire/`);
		const header = await page.$$eval('.cf-summary thead tr:last-child th', (cells) => cells.map((cell) => cell.textContent?.trim()));
		expect(header).toEqual(['Poste libre', 'Wi-Fi', 'Entretien', 'Urgence', 'Atelier']);
		const ccas = await page.$$eval('.cf-summary tr[data-cf-row="ccas-sud"] td', (cells) => cells.map((cell) => cell.textContent?.trim()));
		expect(ccas).toEqual(['non', 'non', '✓oui', '✓oui', 'non']);
	});

	it('filters by mediation type, structure type, accessibility and words, announcing the count', async () => {
		await page.goto(`${served().server.url}/repertoire/`);
		expect(await status(page)).toBe('4 lieux affichés sur 4.');
		await page.getByLabel('Type de médiation').selectOption('wifi');
		expect(await visiblePlaces(page)).toEqual(['Bibliothèque Nord', 'Association Est']);
		expect(await visibleRows(page)).toEqual(['Bibliothèque Nord', 'Association Est']);
		expect(await status(page)).toBe('2 lieux affichés sur 4.');
		await page.getByLabel('Accessible aux personnes à mobilité réduite').check();
		expect(await visiblePlaces(page)).toEqual(['Bibliothèque Nord']);
		expect(await status(page)).toBe('1 lieu affiché sur 4.');
		await page.getByRole('button', { name: 'Tout afficher' }).click();
		await expect.poll(() => status(page)).toBe('4 lieux affichés sur 4.');
		await page.getByLabel('Type de structure').selectOption('association');
		await page.getByLabel('Mot dans la fiche').fill('autreville');
		expect(await visiblePlaces(page)).toEqual(['Association Est']);
		expect(await page.isVisible('#lieux-acces')).toBe(false);
	});

	it('keeps the list in step with the filters the browser puts back on returning to the page', async () => {
		await page.goto(`${served().server.url}/repertoire/`);
		await page.getByLabel('Type de structure').selectOption('association');
		await page.getByLabel('Mot dans la fiche').fill('autreville');
		expect(await visiblePlaces(page)).toEqual(['Association Est']);
		await page.goto(`${served().server.url}/kit/typologie/`);
		await page.goBack();
		await page.waitForLoadState('load');
		expect(await page.getByLabel('Type de structure').inputValue()).toBe('association');
		await expect.poll(() => visiblePlaces(page)).toEqual(['Association Est']);
		expect(await visibleRows(page)).toEqual(['Association Est']);
		expect(await status(page)).toBe('1 lieu affiché sur 4.');
	});

	it('arrives filtered from a typology link', async () => {
		await page.goto(`${served().server.url}/kit/typologie/`);
		await page.click('tr#poste a');
		await page.waitForURL(/\/repertoire\/\?mediation=poste/);
		expect(await visiblePlaces(page)).toEqual(['Bibliothèque Nord', 'Point Ouest']);
	});

	it('prints every place and no filter', async () => {
		await page.goto(`${served().server.url}/repertoire/?mediation=urgence`);
		expect(await visiblePlaces(page)).toEqual(['CCAS Sud']);
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('[data-cf-filters]')).toBe(false);
		expect(await page.locator('[data-cf-place]').evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).offsetParent !== null).length)).toBe(4);
		await page.emulateMedia({ media: 'screen' });
	});
});

describe('a questionnaire', () => {
	let json: Record<string, unknown>;
	let csv: string;

	it('says the answers are personal data that stay on the device', async () => {
		await page.goto(`${served().server.url}/kit/questionnaire-test/`);
		expect(await page.textContent('.cf-privacy')).toContain('Vos réponses restent sur votre appareil');
		expect(await page.textContent('.cf-privacy')).toContain('données personnelles');
	});

	it('is filled offline and downloaded as JSON and CSV with the answers given', async () => {
		await page.goto(`${served().server.url}/kit/questionnaire-test/`);
		await context.setOffline(true);
		try {
			await page.getByLabel('Nom de la structure').fill('Centre « Les Pins », annexe');
			await page.getByRole('group', { name: /adresse électronique/ }).getByLabel('Oui').check();
			await page.getByLabel('CAF').check();
			await page.getByLabel('Mairie').check();
			await page.getByLabel('Autre :').fill('ANTS');
			await page.getByLabel('Smartphone : Bonne').check();
			await page.getByLabel('Remarques').fill('Deux lignes\net une virgule, ici');

			const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les réponses (JSON)' }).click()]);
			expect(jsonDownload.suggestedFilename()).toMatch(/^questionnaire-test-.*\.json$/);
			json = JSON.parse(await downloadedText(jsonDownload));
			expect(json.questionnaire).toBe('questionnaire-test');
			expect(json.answers).toEqual({
				structure: 'Centre « Les Pins », annexe',
				courriel: 'Oui',
				sites: ['CAF', 'Mairie'],
				'sites-autre': 'ANTS',
				'aisance.2': 'Bonne',
				remarques: 'Deux lignes\net une virgule, ici',
			});
			expect(await page.textContent('[data-cf-status]')).toContain(jsonDownload.suggestedFilename());

			const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les réponses (CSV)' }).click()]);
			csv = await downloadedText(csvDownload);
			expect(csv.split('\n')[0]).toBe('questionnaire,structure,courriel,sites,sites-autre,aisance.1,aisance.2,remarques');
			expect(csv).toContain('questionnaire-test,"Centre « Les Pins », annexe",Oui,CAF | Mairie,ANTS,,Bonne,"Deux lignes\net une virgule, ici"');
		} finally {
			await context.setOffline(false);
		}
	});

	it('aggregates two downloaded files into counts, drawn as bars in a table', async () => {
		await page.goto(`${served().server.url}/kit/agregation/`);
		const other = { ...json, answers: { courriel: 'Non', sites: ['CAF'] } };
		await page.setInputFiles('input[type="file"]', [
			{ name: 'un.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
			{ name: 'deux.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
			{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas un fichier de réponses') },
		]);
		await expect.poll(() => status(page, '[data-cf-summary]')).toBe('2 fichiers lus, 2 réponses au total ; 1 fichier ignoré (voir ci-dessous).');
		expect(await page.textContent('.cf-aggregate__errors')).toContain('notes.txt');
		const table = async (caption: string) =>
			page.$$eval(
				'table.cf-bars',
				(tables, wanted) =>
					(tables as HTMLTableElement[])
						.filter((table) => table.caption?.textContent?.startsWith(wanted))
						.map((table) => [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.textContent?.trim()))),
				caption,
			);
		expect(await table('Avez-vous une adresse électronique ?')).toEqual([
			[
				['Oui', '1', '50 %'],
				['Non', '1', '50 %'],
			],
		]);
		expect(await table('Quels sites utilisez-vous ?')).toEqual([
			[
				['CAF', '2', '100 %'],
				['Impôts', '0', '0 %'],
				['Mairie', '1', '50 %'],
			],
		]);
		expect(await page.textContent('.cf-aggregate')).toContain('Nom de la structure : 1 réponse libre.');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('is printable as a paper form, with every kit page, on the print route', async () => {
		await page.goto(`${served().server.url}/print/kit/`);
		expect(await page.locator('form.cf-questionnaire').count()).toBe(1);
		expect(await page.locator('form.cf-questionnaire input[type="radio"]').count()).toBe(2 + 2 * 2);
		expect(await page.locator('[data-cf-download]').count()).toBe(0);
		const titles = await page.$$eval('article.cf-print-page > h2', (nodes) => nodes.map((node) => node.textContent?.trim()));
		expect(titles).toEqual(['Pourquoi', 'Typologie', 'Structures', 'Questionnaire de test', 'Regrouper', 'Scénarios']);
	});
});

describe('accessibility and privacy', () => {
	it.each(['/kit/', '/kit/typologie/', '/kit/questionnaire-test/', '/repertoire/', '/kit/scenarios/', '/print/kit/'])(
		'%s has no axe-core violation',
		async (path) => {
			await page.goto(`${served().server.url}${path}`);
			expect(await axeViolations(page)).toEqual([]);
		},
	);

	it('made no request to another origin', () => {
		expect(foreign).toEqual([]);
	});
});
