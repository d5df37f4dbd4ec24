import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePolicy, scriptHash, securePage, standalonePolicy, EDITOR_ORIGINS_META } from '../../../src/security/csp.ts';
import { speakerViewScripts, writtenPageScripts } from '../../../src/security/speaker-view.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/.exec(html)?.[1];

const TRUSTED = new Set(["\n\tdocument.documentElement.dataset.theme = 'dark';\n", 'a()', 'b()', '1']);

/** The page with its policy, failing the test when the page is refused. */
function secured(html: string): string {
	const result = securePage(html, TRUSTED);
	expect(result.problems).toEqual([]);
	return result.html!;
}

describe('the content security policy of a page', () => {
	it('allows only the site itself: no base, no object, no form but to the site', () => {
		const policy = pagePolicy([]);
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'none'");
		expect(policy).toContain("form-action 'none'");
		expect(pagePolicy([], { forms: true })).toContain("form-action 'self'");
		expect(policy).not.toMatch(/https?:|\*/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});

	it('allows each inline script the generator writes by the hash of its exact text, and no other', () => {
		const body = "\n\tdocument.documentElement.dataset.theme = 'dark';\n";
		const html = secured(page(`<script>${body}</script><script type="module" src="/_astro/a.js"></script>`));
		const hash = createHash('sha256').update(body).digest('base64');
		const scriptSrc = policyOf(html)!.split('; ').find((directive) => directive.startsWith('script-src'))!;
		expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
	});

	it('refuses, naming it, an inline script the generator does not write, even one the page carries', () => {
		expect(securePage(page('<script>a()</script>', '<script>alert(1)</script>'), TRUSTED).problems).toEqual([
			'script en ligne que le générateur n’écrit pas : « alert(1) »',
		]);
		expect(securePage(page('', '<script type="module">import("x")</script>'), TRUSTED).problems).toHaveLength(1);
		expect(securePage(page('', '<script type="text/x-anything">alert(1)</script>'), TRUSTED).problems).toHaveLength(1);
		// Data blocks do not run.
		expect(securePage(page('', '<script type="application/json">{"a":1}</script>'), TRUSTED).problems).toEqual([]);
	});

	it('refuses a <meta http-equiv> other than the policy, and a <base>', () => {
		const refresh = securePage(page('', '<meta http-equiv="refresh" content="0;url=https://ailleurs.example">'), TRUSTED);
		expect(refresh.problems).toEqual(['balise <meta http-equiv="refresh"> : elle changerait le comportement de la page']);
		const base = securePage(page('<base href="https://ailleurs.example/">'), TRUSTED);
		expect(base.problems).toEqual(['balise <base href="https://ailleurs.example/"> : elle changerait où mènent les liens']);
		// A policy of the content's own, even one marked as ours, is not the site's: it is refused.
		const forged = securePage(page('', '<meta http-equiv="Content-Security-Policy" data-commun-csp content="script-src *">'), TRUSTED);
		expect(forged.problems).toHaveLength(1);
	});

	it('is written right after the charset, before any script', () => {
		const html = secured(page('<title>x</title><script>1</script>'));
		expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
		expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
	});

	it('replaces its own previous policy when run twice, with the same result', () => {
		const once = secured(page('<script>a()</script>', '<script>b()</script>'));
		expect(secured(once)).toBe(once);
		expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
	});

	it('leaves a file without <head> untouched', () => {
		expect(secured('<p>fragment</p>')).toBe('<p>fragment</p>');
	});

	it('lets a deck page open reveal.js’s speaker view, whose inline script runs under the deck’s policy', () => {
		const deck = page('<script>a()</script>').replace('<html lang="fr">', '<html lang="fr" data-deck="atelier">');
		const speakerView = speakerViewScripts();
		expect(speakerView).toHaveLength(1);
		expect(speakerView[0]).toContain('Reveal');
		expect(policyOf(secured(deck))).toContain(scriptHash(speakerView[0]!));
		expect(policyOf(secured(page('<script>a()</script>')))).not.toContain(scriptHash(speakerView[0]!));
	});
});

describe('the scripts of a page a plugin writes into a window', () => {
	it('are read from the string literal given to document.write, escapes decoded', () => {
		const source = 'w=window.open("about:blank"),w.document.write("<html><head><script>\\n\\tvar a = \\"b\\";<\\/script><script src=\\"x.js\\"></script></head></html>")';
		expect(writtenPageScripts(source)).toEqual(['\n\tvar a = "b";']);
	});

	it('stop the build with a French message when the plugin no longer writes its page that way', () => {
		expect(() => writtenPageScripts('w.document.body.innerHTML = page')).toThrow(/vue présentateur/);
		expect(() => writtenPageScripts('w.document.write(page)')).toThrow(/vue présentateur/);
	});
});

describe('the policy of a page that carries everything inside itself', () => {
	it('loads nothing from anywhere and runs only the given scripts, by hash', () => {
		const policy = standalonePolicy(['a()']);
		expect(policy).toContain("default-src 'none'");
		expect(policy).toContain(`script-src ${scriptHash('a()')}`);
		expect(policy).toContain('img-src data:');
		expect(policy).toContain('font-src data:');
		expect(policy).toContain("frame-src 'none'");
		expect(policy).not.toMatch(/'self'|https?:|\*|'unsafe-eval'/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});

	it('lets a deck’s speaker view show the same file in frames, and nothing else', () => {
		expect(standalonePolicy([], { frames: true })).toContain("frame-src 'self' file:");
	});
});

describe('the editor’s policy (/admin/)', () => {
	const page = (origins: string) =>
		`<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="${EDITOR_ORIGINS_META}" content="${origins}"><script type="application/json">{}</script></head><body><script type="module" src="/_astro/editeur.js"></script></body></html>`;
	const policyOf = (html: string) => /content="(default-src[^"]*)"/.exec(html)?.[1] ?? '';

	it('lets the editor reach the forge its page names, over https only, and nothing else', () => {
		const secured = securePage(page('https://api.github.com https://avatars.githubusercontent.com http://ailleurs.example javascript:x'), new Set(), { editor: true });
		const policy = policyOf(secured.html!);
		expect(policy).toContain("connect-src 'self' blob: data: https://api.github.com https://avatars.githubusercontent.com;");
		expect(policy).toContain("img-src 'self' data: blob: https://api.github.com https://avatars.githubusercontent.com;");
		expect(policy).not.toContain('ailleurs');
		expect(policy).not.toContain('javascript');
		// WebAssembly only (the editor's image encoders), never JavaScript eval.
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
		expect(policy).not.toMatch(/'unsafe-eval'/);
	});

	it('is given to the editor’s page only: another page naming origins gets the site’s policy', () => {
		const policy = policyOf(securePage(page('https://api.github.com'), new Set()).html!);
		expect(policy).toContain("connect-src 'self';");
		expect(policy).not.toContain('github');
	});
});
