// A Vite plugin for the editor's bundle (src/cms/editor-bundle.ts): Sveltia CMS's style sheets
// declare their fonts at a CDN (cdn.jsdelivr.net) while its npm build also registers the same fonts
// from its own files. The CDN addresses become local() names: nothing is requested elsewhere, the
// editor's page policy has no font to block, and the bundled fonts are used.
import type { Plugin } from 'vite';

const CDN_FONT = /url\(\s*["']?https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[^)]*\)/gi;

/** Rewrites the CDN font addresses of one module's code; unchanged when it has none. */
export function localFonts(code: string): string {
	return code.replace(CDN_FONT, (_, name: string) => `local("${name.replace(/[^a-z0-9-]/gi, '')}")`);
}

export function sveltiaLocalFonts(): Plugin {
	return {
		name: 'commun-formation:sveltia-local-fonts',
		enforce: 'pre',
		transform(code, id) {
			if (!id.includes('@sveltia/cms') || !code.includes('cdn.jsdelivr.net/fontsource')) return null;
			return { code: localFonts(code), map: null };
		},
	};
}
