import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/typography/french-spacing.ts';
import { frenchTypography } from '../../../src/typography/html-typography.ts';

/** The spaces made visible: ⍽ a narrow no-break space, • a no-break space. */
const shown = (text: string) => text.replace(/\u202F/g, '⍽').replace(/\u00A0/g, '•');

describe('French spacing in a text', () => {
	it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
		expect(shown(frenchSpacing('Pourquoi ? Parce que ; voilà ! Durée : 7 h'))).toBe('Pourquoi⍽? Parce que⍽; voilà⍽! Durée•: 7 h');
	});

	it('replaces a line break or several spaces before the sign by one space', () => {
		expect(shown(frenchSpacing('Quoi  \n ?'))).toBe('Quoi⍽?');
	});

	it('puts narrow no-break spaces inside guillemets, typed or not', () => {
		expect(shown(frenchSpacing('« Bonjour » et «merci»'))).toBe('«⍽Bonjour⍽» et «⍽merci⍽»');
	});

	it('leaves a sign that no space precedes: addresses, hours, ratios', () => {
		for (const text of ['https://exemple.org/?q=1', '10:30', '16:9', 'a;b', 'Attention!']) expect(frenchSpacing(text)).toBe(text);
	});
});

describe('French spacing in a page', () => {
	const page = (body: string, head = '') => `<!doctype html><html lang="fr"><head>${head}</head><body>${body}</body></html>`;

	it('sets the text the reader sees, across inline elements and entities', () => {
		expect(shown(frenchTypography(page('<p><strong>Durée</strong> : 7 h &amp; plus ; « <a href="/x/">lien</a> » ?</p>')))).toBe(
			shown(page('<p><strong>Durée</strong>•: 7 h &amp; plus⍽; «⍽<a href="/x/">lien</a>⍽»⍽?</p>')),
		);
	});

	it('leaves attributes, code, scripts and styles byte for byte', () => {
		const untouched = [
			'<p title="Durée : 7 h ?" data-x="« a »">x</p>',
			'<code>a ? b : c</code>',
			'<pre>Note : <b>voir ?</b></pre>',
			'<kbd>Ctrl ?</kbd>',
			'<textarea>Réponse : </textarea>',
			'<!-- Note : rien ? -->',
		];
		for (const body of untouched) expect(frenchTypography(page(body))).toBe(page(body));
		const head = '<script>const a = b ? "« c »" : d;</script><style>a:hover { content: " : "; }</style>';
		expect(frenchTypography(page('', head))).toBe(page('', head));
	});

	it('goes on setting text after the end of a code element', () => {
		expect(shown(frenchTypography(page('<p><code>x : y</code> vaut quoi ?</p>')))).toBe(shown(page('<p><code>x : y</code> vaut quoi⍽?</p>')));
	});

	it('returns the same page when there is nothing to set', () => {
		const plain = page('<p>Rien à faire.</p>');
		expect(frenchTypography(plain)).toBe(plain);
	});
});
