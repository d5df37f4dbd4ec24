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

describe('a « href=" » that is not an attribute', () => {
	it('stays text: a code span and a link title holding markup give no element to the print page', () => {
		// What the Markdown `x href="` then [lien](https://exemple.org "<img src=x onerror=alert(1)>") renders to.
		const html = '<p>Texte <code>x href="</code> suite <a href="https://exemple.org" title="<img src=x onerror=alert(1)>">lien</a> fin</p>';
		expect(rebaseLinks(html, '/modules/a/')).toBe(html);
	});

	it('rewrites a link whose value needs escaping, and leaves scripts and styles as they are', () => {
		const html = `<script>const a = '<a href="x/">';</script><a href='b/?q=1&amp;r=2'>b</a><a title='href="c/"' href=d/>d</a>`;
		expect(rebaseLinks(html, '/p/')).toBe(
			`<script>const a = '<a href="x/">';</script><a href="/p/b/?q=1&amp;r=2">b</a><a title='href="c/"' href="/p/d/">d</a>`,
		);
	});
});
