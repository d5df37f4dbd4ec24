// After the build, French spacing in the text of every page (src/typography/). Listed before
// Starlight, whose own build step indexes the pages for search, so that search excerpts read as the
// pages do; the security policy comes last and sees the pages as they are published.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { typesetSite } from '../typography/typeset-site.ts';

export function frenchTypography(): AstroIntegration {
	return {
		name: 'commun-formation:french-typography',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const start = performance.now();
				const { pages } = typesetSite(fileURLToPath(dir));
				logger.info(`Typographie française appliquée à ${pages} pages en ${((performance.now() - start) / 1000).toFixed(1)} s.`);
			},
		},
	};
}
