import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlElements } from '../../../src/security/html-elements.ts';
import { standalonePage, type StandaloneOptions } from '../../../src/offline/standalone-page.ts';

let siteDir: string;
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

beforeAll(() => {
	siteDir = mkdtempSync(join(tmpdir(), 'standalone-'));
	mkdirSync(join(siteDir, '_astro'));
	mkdirSync(join(siteDir, 'images'));
	writeFileSync(join(siteDir, '_astro', 'page.css'), '.cf{background:url(../images/fond.png)}');
	writeFileSync(join(siteDir, 'images', 'fond.png'), PNG);
	writeFileSync(join(siteDir, 'images', 'photo.png'), PNG);
	writeFileSync(join(siteDir, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

const options = (extra: Partial<StandaloneOptions> = {}): StandaloneOptions => ({
	siteDir,
	base: '/catalogue/',
	pagePath: '/catalogue/decks/atelier/',
	site: 'https://asso.example/catalogue/',
	script: 'window.ok = true;',
	policy: "default-src 'none'",
	...extra,
});

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const PNG_DATA = `data:image/png;base64,${PNG.toString('base64')}`;

describe('a page made into one file', () => {
	it('drops every script it held and runs only the generator’s bundle, last in the body', () => {
		const { html } = standalonePage(
			page('<script type="module" src="/catalogue/_astro/a.js"></script><link rel="modulepreload" href="/catalogue/_astro/b.js">', '<p>Texte</p><script>alert(1)</script><img src="x" onerror="alert(2)">'),
			options(),
		);
		expect(html).not.toContain('alert(1)');
		expect(html).not.toContain('_astro/a.js');
		expect(html).not.toContain('modulepreload');
		expect(html.match(/<script/g)).toHaveLength(1);
		expect(html).toMatch(/<script>window\.ok = true;<\/script><\/body>/);
	});

	it('puts its policy first in <head>, in place of any other', () => {
		const { html } = standalonePage(page('<meta http-equiv="Content-Security-Policy" content="default-src *"><title>T</title>', ''), options());
		expect(html).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>`);
		expect(html).not.toContain('default-src *');
	});

	it('carries its style sheets, their images and its own images inside, as data: addresses', () => {
		const result = standalonePage(page('<link rel="stylesheet" href="/catalogue/_astro/page.css">', '<img src="../../images/photo.png" srcset="/catalogue/images/photo.png 2x" alt="Photo"><section data-background-image="/catalogue/images/fond.png"></section>'), options());
		expect(result.html).toContain(`<style>.cf{background:url(${PNG_DATA})}</style>`);
		expect(result.html).toContain(`<img src="${PNG_DATA}" alt="Photo">`);
		expect(result.html).toContain(`data-background-image="${PNG_DATA}"`);
		expect(result.missing).toEqual([]);
	});

	it('never reads a file outside the built site nor one of a type a page does not show', () => {
		const result = standalonePage(page('', '<img src="/catalogue/../../etc/passwd"><img src="/catalogue/secret.txt"><img src="https://ailleurs.example/a.png">'), options());
		expect(result.html).not.toContain('secret');
		expect(result.html).not.toContain('ailleurs.example');
		expect(result.missing.sort()).toEqual(['/catalogue/../../etc/passwd', '/catalogue/secret.txt', 'https://ailleurs.example/a.png'].sort());
	});

	it('sends links to other pages of the site to the published site, in a new tab, and keeps links within the file', () => {
		const { html } = standalonePage(
			page('', '<a href="/catalogue/modules/outils/">Outils</a><a href="#programme">Programme</a><a href="?answers">Réponses</a><a href="https://cnil.example/">CNIL</a>'),
			options(),
		);
		expect(html).toContain('<a href="https://asso.example/catalogue/modules/outils/" target="_blank" rel="noopener noreferrer">Outils</a>');
		expect(html).toContain('<a href="#programme">Programme</a>');
		expect(html).toContain('<a href="?answers">Réponses</a>');
		expect(html).toContain('<a href="https://cnil.example/" target="_blank" rel="noopener noreferrer">CNIL</a>');
	});

	it('turns links to the site into plain text when the site has no public address, and leaves out what is marked so', () => {
		const { html } = standalonePage(
			page('', '<nav><a href="/catalogue/decks/" data-offline="omit">Tous les supports</a><button>Vue présentateur</button></nav><p>Voir <a href="/catalogue/modules/outils/"><em>Outils</em></a>.</p><a href="javascript:alert(1)">x</a>'),
			options({ site: undefined }),
		);
		expect(html).toContain('<nav><button>Vue présentateur</button></nav><p>Voir <em>Outils</em>.</p>x');
		expect(html).not.toContain('javascript:');
	});

	it('is no page of the site’s search', () => {
		const { html } = standalonePage(page('<meta name="commun:type" content="Support" data-pagefind-filter="type[content]">', '<div data-pagefind-body><p>Texte</p></div>'), options());
		expect(html).not.toContain('data-pagefind');
		expect(html).toContain('<div><p>Texte</p></div>');
	});

	it('keeps a style sheet from ending its element early', () => {
		writeFileSync(join(siteDir, '_astro', 'tricky.css'), '.a::after{content:"</style><script>alert(1)</script>"}');
		const { html } = standalonePage(page('<link rel="stylesheet" href="/catalogue/_astro/tricky.css">', ''), options());
		expect(html).not.toContain('</style><script>');
		const scripts = htmlElements(html).filter((element) => element.name === 'script');
		expect(scripts.map((script) => script.rawText)).toEqual(['window.ok = true;']);
	});
});
