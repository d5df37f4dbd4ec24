// Runs the check step when Astro starts, so that a broken reference fails `astro build` too.
import type { AstroIntegration } from 'astro';
import { runChecks } from '../checks/index.ts';
import { hasErrors } from '../model/diagnostics.ts';
import type { Project } from '../model/project.ts';
import { formatText } from '../report/text.ts';

export function contentCheck(project: Project): AstroIntegration {
	return {
		name: 'commun-formation:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const messages = runChecks(project);
				if (messages.length === 0) return;
				const report = formatText(messages);
				if (!hasErrors(messages)) {
					logger.warn(`\n${report}`);
					return;
				}
				logger.error(`Le contenu comporte des erreurs :\n${report}`);
				// The dev server keeps running so the contributor can fix the file and see it live.
				if (command === 'build') {
					logger.error('Construction arrêtée : corrigez les erreurs ci-dessus puis relancez « npm run build ».');
					process.exit(1);
				}
			},
		},
	};
}
