// `follow-up-is-prerequisite`: a module does not list the same module before it and after it.
import type { Reference } from '../model/references.ts';
import type { Rule } from './rule.ts';
import { referencePoint } from './support/places.ts';

export const followUpIsPrerequisite: Rule = {
	id: 'follow-up-is-prerequisite',
	severity: 'warning',
	description: 'Un module ne cite pas le même module dans ses prérequis et dans ses prolongements.',
	check(context) {
		const prerequisites = new Map<string, Reference>();
		for (const reference of context.graph.references) {
			if (reference.relation === 'prerequisite' && reference.from.collection === 'modules') {
				const key = `${reference.from.id}\u0000${reference.id}`;
				if (!prerequisites.has(key)) prerequisites.set(key, reference);
			}
		}
		for (const reference of context.graph.references) {
			if (reference.relation !== 'followUp' || reference.id === reference.from.id) continue;
			const prerequisite = prerequisites.get(`${reference.from.id}\u0000${reference.id}`);
			if (!prerequisite) continue;
			context.report({
				file: reference.from.file,
				point: referencePoint(context, reference),
				message: `« ${reference.id} » est à la fois un prérequis et un prolongement de « ${reference.from.id} »`,
				hint: 'un prolongement se suit après le module, un prérequis avant : gardez-le d’un seul côté',
				related: [{ file: prerequisite.from.file, ...referencePoint(context, prerequisite), message: 'le prérequis' }],
			});
		}
	},
};
