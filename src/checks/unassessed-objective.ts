// `unassessed-objective`: each objective says how the trainer checks it was reached (`assessedBy`).
import { joinFrench } from '../model/format.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';

export const unassessedObjective: Rule = {
	id: 'unassessed-objective',
	severity: 'warning',
	description: 'Chaque objectif dit comment on vérifie qu’il est atteint (« assessedBy »).',
	check(context) {
		for (const module of context.graph.byCollection.modules.values()) {
			const entry = module as LoadedEntry<'modules'>;
			const objectives = entry.data.objectives;
			const unassessed = objectives.flatMap((objective, index) => (objective.assessedBy === undefined ? [index] : []));
			if (unassessed.length === 0) continue;
			const place = (index: number) => context.at(entry, ['objectives', index, 'text']);
			const numbers = unassessed.map((index) => String(index + 1));
			const first = objectives[unassessed[0]!]!.text;
			context.report({
				file: entry.file,
				point: place(unassessed[0]!),
				message:
					unassessed.length === 1
						? `l’objectif ${numbers[0]} ne dit pas comment on vérifie qu’il est atteint`
						: unassessed.length === objectives.length
							? `aucun des ${objectives.length} objectifs ne dit comment on vérifie qu’il est atteint`
							: `les objectifs ${joinFrench(numbers)} ne disent pas comment on vérifie qu’ils sont atteints`,
				hint: `écrivez chaque objectif avec son évaluation, par exemple : - { text: "${first.length > 40 ? `${first.slice(0, 39)}…` : first}", assessedBy: "Mise en situation observée avec une grille" }`,
				related: unassessed.slice(1).map((index) => ({ file: entry.file, ...place(index), message: `objectif ${index + 1}` })),
			});
		}
	},
};
