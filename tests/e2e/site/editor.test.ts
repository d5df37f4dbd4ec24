// The editor at /admin/ (Sveltia CMS bundled with the site): it opens under its own policy with no
// violation, no console error and no request to another site, and lists every kind of content.
// The forge is replaced by Sveltia's in-memory test repository: the test needs no network and no
// account, and the page itself is served as built, its configuration only changed in the request.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionNames, specOf } from '../../../src/model/collections.ts';
import { useServedSite } from '../../helpers/sites.ts';

const served = useServedSite('fixture');
let page: Page;
const errors: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
	const context = await served().browser.newContext({ locale: 'fr-FR' });
	page = await context.newPage();
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`violation de la politique : ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	const site = served().server.url;
	await page.route('**/*', async (route) => {
		const url = route.request().url();
		if (!url.startsWith(site)) {
			foreign.push(url);
			await route.abort();
		} else if (new URL(url).pathname === '/admin/') {
			const response = await route.fetch();
			const html = (await response.text()).replace(/"backend":\{[^}]*\}/, '"backend":{"name":"test-repo"}');
			await route.fulfill({ response, body: html });
		} else {
			await route.continue();
		}
	});
});

afterAll(async () => {
	await page?.context().close();
});

describe('the editor at /admin/', () => {
	it('is built with its own policy, which lets it reach the forge named in organisation.yaml and nothing else', async () => {
		const response = await page.request.get(`${served().server.url}/admin/`);
		const html = await response.text();
		const policy = /<meta http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/.exec(html)?.[1] ?? '';
		expect(policy).toContain("script-src 'self'");
		expect(policy).toContain('connect-src \'self\' blob: data: https://api.github.com https://www.githubstatus.com https://avatars.githubusercontent.com');
		expect(policy).not.toMatch(/'unsafe-eval'/);
		expect(html).toContain('"repo":"atelier-fixture/catalogue"');
		expect(html).toContain('"open_authoring":true');
	});

	it('opens with no policy violation, console error or request elsewhere, and lists every kind of content', async () => {
		await page.goto(`${served().server.url}/admin/`);
		await page.getByRole('button', { name: 'Travailler avec un dépôt de test' }).click();
		for (const name of collectionNames) {
			const label = specOf(name).noun.plural;
			await expect.poll(() => page.getByText(label.charAt(0).toUpperCase() + label.slice(1), { exact: true }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
		}
		await expect.poll(() => page.getByText('Éditeur et accessibilité', { exact: true }).count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('shows a new module as a form with the schema’s French labels and examples', async () => {
		await page.getByText('Modules', { exact: true }).first().click();
		await page.getByText('Créer une entrée').click();
		await expect.poll(() => page.getByText('Section du catalogue', { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
		for (const label of ['Titre', 'Résumé en une ou deux phrases', 'Prérequis', 'Durée en heures']) {
			expect(await page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0);
		}
		expect(await page.getByText('Par exemple : Connaître les fondamentaux du numérique').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
