// A rule that fails is a bug of the tool, not of the content: its failure becomes one plain
// message under the rule's code, and the other rules still run. No stack trace for contributors.
import type { Rule } from '../rule.ts';

/** Marks the message of a failed rule; tests look for it. */
export const INTERNAL_ERROR_PREFIX = 'erreur interne de la vérification';

export function guarded(rule: Rule): Rule {
	return {
		...rule,
		check(context) {
			try {
				rule.check(context);
			} catch (error) {
				context.report({
					file: context.content.contentDir,
					severity: 'error',
					message: `${INTERNAL_ERROR_PREFIX} (${error instanceof Error ? error.message : String(error)})`,
					hint: 'ce n’est pas une erreur du contenu : signalez-la aux développeur·euse·s du commun, avec le contenu qui la provoque',
				});
			}
		},
	};
}
