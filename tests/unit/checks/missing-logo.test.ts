// The logo the build reads and publishes is checked where organisation.yaml names it: a regular
// image file of the project, of a type the site shows, small, and an SVG that only draws. The
// print pages read it through the same function, so they never publish what the check refuses.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index.ts';
import { loadProject } from '../../../src/model/project.ts';
import { readProjectImage } from '../../../src/security/project-image.ts';
import { ORGANISATION_YAML, writeContentTree } from '../../helpers/content-tree.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const DRAWING = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><path id="p" d="M0 0h10"/></defs><use href="#p"/><rect width="10" height="10" fill="#24508f"/></svg>';

/** The logo line is the last line of organisation.yaml. */
const LOGO_LINE = ORGANISATION_YAML.split('\n').length;

function logoMessages(logo: string, files: Record<string, string | Uint8Array> = {}, prepare?: (root: string) => void) {
	const root = writeContentTree({ 'organisation.yaml': `${ORGANISATION_YAML}logo: ${logo}\n`, ...files });
	prepare?.(root);
	return runChecks(loadProject({ root, contentDir: 'content' }))
		.filter((message) => message.ruleId === 'missing-logo')
		.map((message) => ({ line: message.line, column: message.column, message: message.reason }));
}

describe('the publisher’s logo', () => {
	it.each([
		['an SVG drawing', 'images/logo.svg', { 'images/logo.svg': DRAWING }],
		['a PNG image', 'logo.png', { 'logo.png': PNG }],
	])('accepts %s', (_, logo, files) => expect(logoMessages(logo, files)).toEqual([]));

	it('refuses a symbolic link, even to a file of the build machine, at the logo: line', () => {
		const messages = logoMessages('logo.svg', {}, (root) => symlinkSync('/proc/self/environ', join(root, 'content/logo.svg')));
		expect(messages).toEqual([
			{ line: LOGO_LINE, column: 7, message: 'le logo « content/logo.svg » est un lien symbolique : le site ne publie que des fichiers du projet' },
		]);
	});

	it('refuses a folder on the way that leads outside the project', () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'commun-ailleurs-'));
		writeFileSync(join(elsewhere, 'logo.png'), PNG);
		const messages = logoMessages('images/logo.png', {}, (root) => symlinkSync(elsewhere, join(root, 'content/images')));
		expect(messages.map((message) => message.message)).toEqual(['le logo « images/logo.png » est hors du dossier du contenu']);
	});

	it.each(['../../../../etc/hostname', '/etc/hostname', '../package.json'])('refuses %s, outside the content folder', (logo) => {
		expect(logoMessages(logo)).toEqual([{ line: LOGO_LINE, column: 7, message: `le logo « ${logo} » est hors du dossier du contenu` }]);
	});

	it('refuses a folder, another type, and a file whose bytes are not what its name says', () => {
		expect(logoMessages('images', {}, (root) => mkdirSync(join(root, 'content/images')))[0]?.message).toBe('le logo « content/images » n’est pas un fichier');
		expect(logoMessages('logo.html', { 'logo.html': '<script>alert(1)</script>' })[0]?.message).toContain('n’est pas une image que le site affiche (.html)');
		expect(logoMessages('logo.png', { 'logo.png': 'pas une image' })[0]?.message).toContain('son contenu ne correspond pas à son extension');
	});

	it('refuses an image over 1 Mo', () => {
		const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
		expect(logoMessages('logo.png', { 'logo.png': big })[0]?.message).toBe('le logo « content/logo.png » est trop lourd (1.0 Mo, au plus 1 Mo)');
	});

	it.each([
		['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'un élément <script>'],
		['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'un attribut onload'],
		['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://pixel.example/p.png"/></svg>', 'une référence « https://pixel.example/p.png » vers un autre fichier'],
		['<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="other.svg#a"/></svg>', 'une référence « other.svg#a » vers un autre fichier'],
		['<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: url(https://pixel.example/a.svg#g) }</style></svg>', 'une adresse url(…) ou @import dans un <style>'],
		['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>', 'un élément <foreignObject>'],
		['<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', 'une déclaration de DTD (<!ENTITY>, <!ATTLIST>…)'],
		// Read as XML, as the browser reads /logo.svg opened at its own address: each of these runs or loads there.
		[
			'<!DOCTYPE svg [<!ATTLIST svg a CDATA "b"><!ENTITY s "<script>alert(1)</script>">]><svg xmlns="http://www.w3.org/2000/svg">&s;</svg>',
			'une déclaration de DTD (<!ENTITY>, <!ATTLIST>…)',
		],
		['<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>', 'un élément <s:script>'],
		['<svg xmlns="http://www.w3.org/2000/svg" xmlns:l="http://www.w3.org/1999/xlink"><a l:href="javascript:alert(1)"><rect/></a></svg>', 'une référence « javascript:alert(1) » vers un autre fichier'],
		['<?xml-stylesheet href="https://pixel.example/s.css"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'une instruction <?xml-stylesheet…?>'],
		['<svg xmlns="http://www.w3.org/2000/svg"><title><script>alert(1)</script></title></svg>', 'un élément <script>'],
	])('refuses an SVG holding more than a drawing: %s', (svg, what) => {
		expect(logoMessages('logo.svg', { 'logo.svg': svg })).toEqual([
			{ line: LOGO_LINE, column: 7, message: `le logo SVG « content/logo.svg » contient ${what} : une image ne contient que du dessin` },
		]);
	});

	it('is read by the print pages only when the check accepts it', () => {
		const root = writeContentTree({ 'organisation.yaml': ORGANISATION_YAML, 'logo.svg': DRAWING });
		symlinkSync('/proc/self/environ', join(root, 'content/lien.svg'));
		writeFileSync(join(root, 'content/script.svg'), '<svg><script>alert(1)</script></svg>');
		const read = (logo: string) => readProjectImage(logo, join(root, 'content'), join(root, 'public'));
		expect(read('logo.svg').ok).toBe(true);
		expect(read('lien.svg')).toEqual({ ok: false, problem: { kind: 'symlink' } });
		expect(read('script.svg').ok).toBe(false);
	});
});
