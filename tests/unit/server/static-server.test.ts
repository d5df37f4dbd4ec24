// The local server serves a built site under its base, as a host would.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../../src/server/static-server.ts';

let server: StaticServer;
let plain: StaticServer;
beforeAll(async () => {
	const parent = mkdtempSync(join(tmpdir(), 'commun-serve-'));
	const root = join(parent, 'dist');
	mkdirSync(root);
	// A sibling whose name starts like the served folder's, and a file beside them.
	mkdirSync(join(parent, 'dist-x'));
	writeFileSync(join(parent, 'dist-x', 'secret.html'), '<p>secret</p>');
	writeFileSync(join(parent, 'secret.txt'), 'secret');
	mkdirSync(join(root, 'carte'));
	writeFileSync(join(root, 'index.html'), '<p>accueil</p>');
	writeFileSync(join(root, 'carte', 'index.html'), '<p>carte</p>');
	writeFileSync(join(root, '404.html'), '<p>introuvable</p>');
	server = await serveDirectory(root, { base: '/catalogue/' });
	plain = await serveDirectory(root);
});
afterAll(async () => {
	await server.close();
	await plain.close();
});

/** The status of a request sent with its path as written: fetch() would resolve « .. » first. */
function statusOf(base: string, path: string): Promise<number> {
	return new Promise((resolve, reject) => {
		get(`${base}${path}`, (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		}).on('error', reject);
	});
}

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

describe('an address that is not a page of the site', () => {
	it('answers 400 to a malformed escape, and keeps serving', async () => {
		expect(await statusOf(plain.url, '/%E9t%C3')).toBe(400);
		expect(await statusOf(plain.url, '/%zz/')).toBe(400);
		expect(await statusOf(plain.url, '/carte/')).toBe(200);
	});

	it('answers 403 to a path that leaves the folder, into a sibling folder or above it', async () => {
		expect(await statusOf(plain.url, '/..%2fdist-x/secret.html')).toBe(403);
		expect(await statusOf(plain.url, '/..%2fsecret.txt')).toBe(403);
		expect(await statusOf(server.url, '/catalogue/..%2f..%2fsecret.txt')).toBe(403);
	});
});
