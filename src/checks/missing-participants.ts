// `missing-participants`: each module says how large a group it is made for.
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';
import { headerPoint } from './support/places.ts';

export const missingParticipants: Rule = {
	id: 'missing-participants',
	severity: 'warning',
	description: 'Chaque module indique la taille du groupe (« participants »).',
	check(context) {
		for (const module of context.graph.byCollection.modules.values()) {
			if (module.data.participants !== undefined) continue;
			context.report({
				file: module.file,
				point: headerPoint(module as LoadedEntry),
				message: `le module « ${module.id} » n’indique pas la taille du groupe`,
				hint: 'ajoutez par exemple « participants: { max: 12 } » ou « participants: { min: 6, max: 12 } »',
			});
		}
	},
};
