// `prerequisite-cycle`: following prerequisites from module to module never leads back to the start.
import type { Reference } from '../model/references.ts';
import type { Rule } from './rule.ts';
import { cyclicComponents, shortestCycle } from './support/cycles.ts';
import { referencePoint } from './support/places.ts';

export const prerequisiteCycle: Rule = {
	id: 'prerequisite-cycle',
	severity: 'error',
	description: 'Les prérequis ne forment pas de boucle : aucun module n’est, même indirectement, un prérequis de lui-même.',
	check(context) {
		const edges = new Map<string, string[]>();
		const places = new Map<string, Reference>();
		for (const reference of context.graph.references) {
			if (reference.relation !== 'prerequisite' || reference.from.collection !== 'modules') continue;
			const from = reference.from.id;
			// A module that names itself is reported by self-reference; an unknown one by unknown-module.
			if (reference.id === from || !context.graph.byCollection.modules.has(reference.id)) continue;
			const list = edges.get(from) ?? [];
			if (!list.includes(reference.id)) list.push(reference.id);
			edges.set(from, list);
			const key = `${from}\u0000${reference.id}`;
			if (!places.has(key)) places.set(key, reference);
		}
		const next = (node: string) => edges.get(node) ?? [];
		const nodes = [...context.graph.byCollection.modules.keys()].sort();
		for (const component of cyclicComponents(nodes, next)) {
			const start = [...component].sort()[0]!;
			const cycle = shortestCycle(start, new Set(component), next);
			const steps = cycle.slice(0, -1).map((from, position) => places.get(`${from}\u0000${cycle[position + 1]}`)!);
			const [first, ...others] = steps;
			context.report({
				file: first!.from.file,
				point: referencePoint(context, first!),
				message: `les prérequis forment une boucle : ${cycle.join(' → ')}`,
				hint: 'un module ne peut pas être, même indirectement, un prérequis de lui-même : retirez l’un des prérequis de la boucle',
				related: others.map((reference) => ({
					file: reference.from.file,
					...referencePoint(context, reference),
					message: `« ${reference.from.id} » demande « ${reference.id} »`,
				})),
			});
		}
	},
};
