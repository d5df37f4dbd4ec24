// Runs the check step when Astro starts, so that a broken reference fails `astro build` before any
// content is rendered; in dev, runs it again on every change under content/ and refreshes the
// collections, so that the terminal always shows the state of the files on disk.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { runChecks } from '../checks/index.ts';
import { hasErrors } from '../model/diagnostics.ts';
import { formatText } from '../report/text.ts';
import { currentProject, markProjectStale, MODEL_LOADER } from '../site/project.ts';

/** Editors write a file in several steps: one check after the last of them. */
const SETTLE_MS = 80;

function report(logger: { info(text: string): void; warn(text: string): void; error(text: string): void }): boolean {
	const messages = runChecks(currentProject());
	if (messages.length === 0) {
		logger.info('Contenu vérifié : aucun problème.');
		return true;
	}
	const text = formatText(messages);
	if (!hasErrors(messages)) {
		logger.warn(`\n${text}`);
		return true;
	}
	logger.error(`Le contenu comporte des erreurs :\n${text}`);
	return false;
}

export function contentCheck(): AstroIntegration {
	return {
		name: 'commun-formation:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const ok = report(logger);
				// The dev server keeps running so the contributor can fix the file and see it live.
				if (!ok && command === 'build') {
					logger.error('Construction arrêtée : corrigez les erreurs ci-dessus puis relancez « npm run build ».');
					process.exit(1);
				}
			},
			'astro:server:setup': ({ server, refreshContent, logger }) => {
				const { root, contentDir } = currentProject().content;
				const contentRoot = resolve(root, contentDir);
				let timer: ReturnType<typeof setTimeout> | undefined;
				server.watcher.on('all', (_event, path) => {
					const inside = relative(contentRoot, resolve(path));
					if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
					clearTimeout(timer);
					timer = setTimeout(async () => {
						markProjectStale();
						logger.info(`Contenu modifié (${inside.split(sep).join('/')}) : nouvelle vérification.`);
						report(logger);
						await refreshContent?.({ loaders: [MODEL_LOADER] });
					}, SETTLE_MS);
				});
			},
		},
	};
}
