// After the build, gives every page its Content-Security-Policy, trusting only the inline scripts
// the generator writes; stops the build, naming the page, when a page holds anything else.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { secureSite } from '../security/secure-site.ts';

/**
 * Astro inlines a bundled script smaller than 4 kB into each page that uses it; kept as a file
 * instead, it is trusted as 'self', and every inline script left is one the generator's sources
 * write as such (<script is:inline>), which the policy can list without reading the pages.
 */
function keepScriptsInFiles(file: string): boolean | undefined {
	return /\.m?js$/.test(file) ? false : undefined;
}

export function contentSecurityPolicy(): AstroIntegration {
	let projectRoot = process.cwd();
	return {
		name: 'commun-formation:content-security-policy',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				projectRoot = fileURLToPath(config.root);
				updateConfig({ vite: { build: { assetsInlineLimit: keepScriptsInFiles } } });
			},
			'astro:build:done': ({ dir, logger }) => {
				const { pages, problems } = secureSite(fileURLToPath(dir), projectRoot);
				if (problems.length > 0) {
					const list = problems.map(({ page, message }) => `  ${page} : ${message}`).join('\n');
					logger.error(
						`Ces pages contiennent ce que le site n’écrit pas lui-même :\n${list}\n` +
							'Construction arrêtée : un contenu a fait passer du code que la vérification n’a pas vu. ' +
							'Signalez-le (voir SECURITY.md) avec le contenu qui le provoque.',
					);
					process.exit(1);
				}
				logger.info(`Politique de sécurité du contenu ajoutée à ${pages} pages.`);
			},
		},
	};
}
