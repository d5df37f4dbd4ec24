// The editor's fonts come from the site: the CDN addresses in its style sheets become local() names.
import { describe, expect, it } from 'vitest';
import { localFonts } from '../../../src/cms/local-fonts.ts';

describe('the editor’s fonts', () => {
	it('are never requested from the CDN its style sheets name', () => {
		const css = "@font-face {font-family:'Source Sans 3';src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2) format('woff2-variations')}";
		expect(localFonts(css)).toBe(`@font-face {font-family:'Source Sans 3';src:local("source-sans-3") format('woff2-variations')}`);
		expect(localFonts('url(/_astro/x.woff2)')).toBe('url(/_astro/x.woff2)');
	});
});
