// `module-without-persona`: each module has at least one persona to practise with.
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';
import { headerPoint } from './support/places.ts';

export const moduleWithoutPersona: Rule = {
	id: 'module-without-persona',
	severity: 'warning',
	description: 'Chaque module est cité par au moins une persona (sauf si le commun n’a aucune persona).',
	check(context) {
		// A fork may drop the personas altogether: then no module is expected to have one.
		if (context.graph.byCollection.personas.size === 0) return;
		for (const module of context.graph.byCollection.modules.values()) {
			if (context.graph.linkedToModule('personas', module.id).length > 0) continue;
			context.report({
				file: module.file,
				point: headerPoint(module as LoadedEntry),
				message: `aucune persona ne se rattache au module « ${module.id} »`,
				hint: `ajoutez « ${module.id} » à la liste « modules » d’une persona (content/personas/) qui illustre ce module`,
			});
		}
	},
};
