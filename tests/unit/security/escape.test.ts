import { describe, expect, it } from 'vitest';
import { cssString, escapeHtmlAttribute, escapeHtmlText, inlineJson, safeHref } from '../../../src/security/escape.ts';

describe('escaping by context', () => {
	it('keeps a title inside <title> and inside an attribute', () => {
		expect(escapeHtmlText('A</title><script>x()</script> & B')).toBe('A&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; &amp; B');
		expect(escapeHtmlAttribute(`"><img src=x onerror='y'>`)).toBe('&quot;&gt;&lt;img src=x onerror=&#39;y&#39;&gt;');
	});

	it('writes a CSS string that cannot end its <style> element', () => {
		const css = cssString('Titre</style><script>x()</script> "cité" \\ fin\nligne');
		expect(css).not.toMatch(/<|>/);
		expect(css).toBe('"Titre\\3c /style\\3e \\3c script\\3e x()\\3c /script\\3e  \\"cité\\" \\\\ fin ligne"');
	});

	it('writes JSON that cannot end its <script> element and reads back the same', () => {
		const value = { title: '</script><script>x()</script><!-- & \u2028' };
		const json = inlineJson(value);
		expect(json).not.toMatch(/<|>|&|\u2028/);
		expect(JSON.parse(json)).toEqual(value);
	});

	it('keeps web, e-mail and phone links and drops the others', () => {
		expect(safeHref('https://exemple.org/a')).toBe('https://exemple.org/a');
		expect(safeHref('mailto:a@exemple.org')).toBe('mailto:a@exemple.org');
		expect(safeHref(' javascript:alert(1)')).toBeUndefined();
		expect(safeHref('data:text/html,x')).toBeUndefined();
	});
});
