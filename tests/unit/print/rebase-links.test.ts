import { describe, expect, it } from 'vitest';
import { rebaseLinks } from '../../../src/print/rebase-links.ts';

describe('links of content shown on a print page', () => {
	it('resolve relative links from the page the content belongs to, and leave the others', () => {
		const html = '<a href="../contact/">c</a> <a href="/modules/a/">m</a> <a href="#x">x</a> <a href="https://exemple.org/">e</a> <a href="b/?q=1&amp;r=2#h">b</a>';
		expect(rebaseLinks(html, '/catalogue/presentation/')).toBe(
			'<a href="/catalogue/contact/">c</a> <a href="/modules/a/">m</a> <a href="#x">x</a> <a href="https://exemple.org/">e</a> <a href="/catalogue/presentation/b/?q=1&amp;r=2#h">b</a>',
		);
	});
});
