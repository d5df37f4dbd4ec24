// The local server serves a built site under its base, as a host would.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../../src/server/static-server.ts';

let server: StaticServer;
beforeAll(async () => {
	const root = mkdtempSync(join(tmpdir(), 'commun-serve-'));
	mkdirSync(join(root, 'carte'));
	writeFileSync(join(root, 'index.html'), '<p>accueil</p>');
	writeFileSync(join(root, 'carte', 'index.html'), '<p>carte</p>');
	writeFileSync(join(root, '404.html'), '<p>introuvable</p>');
	server = await serveDirectory(root, { base: '/catalogue/' });
});
afterAll(() => server.close());

describe('a site served under a base', () => {
	it('serves its pages under the base', async () => {
		const response = await fetch(`${server.url}/catalogue/carte/`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('carte');
	});

	it('does not find a page outside the base, as the published site would not', async () => {
		const response = await fetch(`${server.url}/carte/`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('introuvable');
	});

	it('sends the base without its slash to the base', async () => {
		const response = await fetch(`${server.url}/catalogue`, { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/catalogue/');
	});
});
