// `missing-duration`: each module says how long it lasts, which parcours totals depend on.
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';
import { headerPoint } from './support/places.ts';

export const missingDuration: Rule = {
	id: 'missing-duration',
	severity: 'warning',
	description: 'Chaque module indique sa durée en heures (« duration »).',
	check(context) {
		for (const module of context.graph.byCollection.modules.values()) {
			if (module.data.duration !== undefined) continue;
			context.report({
				file: module.file,
				point: headerPoint(module as LoadedEntry),
				message: `le module « ${module.id} » n’indique pas sa durée`,
				hint: 'ajoutez par exemple « duration: 7 » (en heures) : la durée des parcours qui le contiennent en dépend',
			});
		}
	},
};
