// `unknown-quiz`: a quiz a module names ("deck/2", "deck/mandat") is in that deck. The deck itself
// is checked by unknown-deck.
import type { LoadedEntry } from '../model/load.ts';
import { findQuiz, quizKey } from '../model/quizzes.ts';
import { EVALUATION_MOMENTS } from '../model/schemas/module.ts';
import { closest } from '../model/suggest.ts';
import type { YamlPath } from '../model/yaml-document.ts';
import type { Rule } from './rule.ts';

export const unknownQuiz: Rule = {
	id: 'unknown-quiz',
	severity: 'error',
	description: 'Chaque quiz cité dans un déroulé ou une évaluation (« support/numéro » ou « support/identifiant ») existe dans ce support.',
	check(context) {
		for (const module of context.graph.byCollection.modules.values()) {
			const entry = module as LoadedEntry<'modules'>;
			const named: { reference: string; path: YamlPath }[] = [
				...entry.data.sequence.flatMap((step, index) => (step.quiz ? [{ reference: step.quiz, path: ['sequence', index, 'quiz'] }] : [])),
				...EVALUATION_MOMENTS.flatMap((moment) => {
					const quiz = entry.data.evaluation?.[moment]?.quiz;
					return quiz ? [{ reference: quiz, path: ['evaluation', moment, 'quiz'] }] : [];
				}),
			];
			for (const { reference, path } of named) {
				const lookup = findQuiz(context.graph, reference);
				if (lookup.found || !lookup.deck) continue;
				const keys = lookup.quizzes.map(quizKey);
				const [deckId, key] = reference.split('/') as [string, string];
				// A number is not misspelt like a word: the list says what exists.
				const suggestion = /^\d+$/.test(key) ? undefined : closest(key, keys);
				context.report({
					file: entry.file,
					point: context.at(entry, path),
					message: `quiz inconnu « ${key} » dans le support « ${deckId} »`,
					hint:
						lookup.quizzes.length === 0
							? `le support « ${deckId} » n’a aucun quiz (:::quiz)`
							: suggestion
								? `vouliez-vous dire « ${deckId}/${suggestion} » ? (quiz du support : ${keys.join(', ')})`
								: `le support compte ${keys.length} quiz : ${keys.map((candidate) => `${deckId}/${candidate}`).join(', ')} (un quiz se nomme par son numéro, ou par l’identifiant écrit :::quiz{#identifiant})`,
				});
			}
		}
	},
};
