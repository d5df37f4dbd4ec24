// `orphan-module`: every module can be reached, from a parcours or as another module's follow-up.
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';
import { headerPoint } from './support/places.ts';

export const orphanModule: Rule = {
	id: 'orphan-module',
	severity: 'warning',
	description: 'Chaque module fait partie d’un parcours ou des prolongements d’un autre module.',
	check(context) {
		const reached = new Set<string>();
		for (const reference of context.graph.references) {
			if (reference.relation === 'step') reached.add(reference.id);
			if (reference.relation === 'followUp' && reference.id !== reference.from.id) reached.add(reference.id);
		}
		for (const module of context.graph.byCollection.modules.values()) {
			if (reached.has(module.id)) continue;
			context.report({
				file: module.file,
				point: headerPoint(module as LoadedEntry),
				message: `le module « ${module.id} » n’est dans aucun parcours ni dans les prolongements d’un autre module`,
				hint: 'ajoutez-le aux étapes (« steps ») d’un parcours, ou aux « followUps » d’un module qui y mène',
			});
		}
	},
};
