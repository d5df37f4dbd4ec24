// `self-reference`: a module is neither its own prerequisite nor its own follow-up.
import type { Rule } from './rule.ts';
import { referencePoint } from './support/places.ts';

export const selfReference: Rule = {
	id: 'self-reference',
	severity: 'error',
	description: 'Un module ne figure ni dans ses propres prérequis ni dans ses propres prolongements.',
	check(context) {
		for (const reference of context.graph.references) {
			if (reference.from.collection !== 'modules' || reference.target !== 'modules') continue;
			if (reference.id !== reference.from.id) continue;
			if (reference.relation !== 'prerequisite' && reference.relation !== 'followUp') continue;
			const field = reference.relation === 'prerequisite' ? 'prérequis' : 'prolongements';
			context.report({
				file: reference.from.file,
				point: referencePoint(context, reference),
				message: `le module « ${reference.id} » figure dans ses propres ${field}`,
				hint: 'retirez cette ligne : un module ne peut pas se précéder ni se prolonger lui-même',
			});
		}
	},
};
