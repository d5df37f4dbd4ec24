import { describe, expect, it } from 'vitest';
import { inlineStylesheet, parseUnicodeRange } from '../../../src/offline/stylesheet.ts';

const FACES = `
@font-face{font-family:Lexend;font-weight:400;src:url(/_astro/lexend-vietnamese-400.woff2)format("woff2"),url(/_astro/lexend-vietnamese-400.woff)format("woff");unicode-range:U+102-103,U+1EA0-1EF9}
@font-face{font-family:Lexend;font-weight:400;src:url(/_astro/lexend-latin-ext-400.woff2)format("woff2"),url(/_astro/lexend-latin-ext-400.woff)format("woff");unicode-range:U+100-2BA,U+1E00-1E9F}
@font-face{font-family:Lexend;font-weight:400;src:url(/_astro/lexend-latin-400.woff2)format("woff2"),url(/_astro/lexend-latin-400.woff)format("woff");unicode-range:U+??,U+152-153,U+2000-206F}
.slide{background:url(../images/fond.png) center/cover}`;

const codePoints = (text: string) => new Set([...text].map((character) => character.codePointAt(0)!));
const embed = (url: string) => (url.includes('absent') ? undefined : `data:x;base64,${Buffer.from(url).toString('base64')}`);

describe('a style sheet carried inside a page', () => {
	it('reads unicode ranges, wildcards included', () => {
		expect(parseUnicodeRange('U+0000-00FF')).toEqual([0, 0xff]);
		expect(parseUnicodeRange('U+131')).toEqual([0x131, 0x131]);
		expect(parseUnicodeRange('U+4??')).toEqual([0x400, 0x4ff]);
		expect(parseUnicodeRange('U+zz')).toBeUndefined();
	});

	it('keeps the font faces of the characters the page shows, in WOFF2 only, and drops the others', () => {
		const inlined = inlineStylesheet(FACES, { embed, characters: codePoints('Accueil des publics ’') });
		expect(inlined.fonts.kept).toEqual(['/_astro/lexend-latin-400.woff2']);
		expect(inlined.fonts.dropped.sort()).toEqual([
			'/_astro/lexend-latin-400.woff',
			'/_astro/lexend-latin-ext-400.woff',
			'/_astro/lexend-latin-ext-400.woff2',
			'/_astro/lexend-vietnamese-400.woff',
			'/_astro/lexend-vietnamese-400.woff2',
		]);
		expect(inlined.css.match(/@font-face/g)).toHaveLength(1);
		expect(inlined.css).not.toContain('/_astro/');
		expect(inlined.css).toContain(`url(${embed('/_astro/lexend-latin-400.woff2')})`);
	});

	it('keeps a second alphabet as soon as one of its characters is shown (a name such as Ayşe)', () => {
		const inlined = inlineStylesheet(FACES, { embed, characters: codePoints('Ayşe') });
		expect(inlined.fonts.kept).toEqual(['/_astro/lexend-latin-ext-400.woff2', '/_astro/lexend-latin-400.woff2']);
	});

	it('leaves out a slice whose characters a slice declared after it already serves (« œ » is in both)', () => {
		const inlined = inlineStylesheet(FACES, { embed, characters: codePoints('le cœur du métier') });
		expect(inlined.fonts.kept).toEqual(['/_astro/lexend-latin-400.woff2']);
	});

	it('keeps one slice per weight: a face of another weight is not an alternative', () => {
		const bold = FACES.replace(/font-weight:400/g, 'font-weight:700').replace(/-400/g, '-700');
		const inlined = inlineStylesheet(FACES + bold, { embed, characters: codePoints('Accueil') });
		expect(inlined.fonts.kept).toEqual(['/_astro/lexend-latin-400.woff2', '/_astro/lexend-latin-700.woff2']);
	});

	it('embeds every other url() and names the ones the site cannot provide, which no longer load anything', () => {
		const inlined = inlineStylesheet('.a{background:url(/absent.png)}.b{background:url(/fond.png)}', { embed, characters: new Set() });
		expect(inlined.missing).toEqual(['/absent.png']);
		expect(inlined.css).toContain('url(data:,)');
		expect(inlined.css).toContain(`url(${embed('/fond.png')})`);
	});
});
