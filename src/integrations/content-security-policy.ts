// After the build, gives every page its Content-Security-Policy, with the hashes of its own inline scripts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../files/walk.ts';
import { withContentSecurityPolicy } from '../security/csp.ts';

/**
 * Hashes are computed on the written files, not in a component: only the final HTML knows every
 * inline script of a page (Starlight's, Astro's, ours), exactly as the browser will read it.
 */
export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'commun-formation:content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const pages = filesUnder(fileURLToPath(dir), ['.html']);
				for (const page of pages) {
					const html = readFileSync(page, 'utf8');
					const secured = withContentSecurityPolicy(html);
					if (secured !== html) writeFileSync(page, secured);
				}
				logger.info(`Politique de sécurité du contenu ajoutée à ${pages.length} pages.`);
			},
		},
	};
}
