// The quizzes of a module's SCORM package, read from the model: those written in the module's own
// sheet, and every quiz of the decks its running order uses (a step's deck, or the deck of a quiz a
// step or the evaluation names), in the order the running order first uses them.
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';
import { quizzesIn, splitQuizReference, type DeckQuiz } from '../model/quizzes.ts';
import { EVALUATION_MOMENTS } from '../model/schemas/module.ts';
import type { Quiz } from '../markdown/quiz.ts';

export interface DeckQuizzes {
	deck: Entry<'decks'>;
	/** The deck's quizzes a reader can answer (a malformed one is the check's business, not shown). */
	quizzes: (DeckQuiz & { quiz: Quiz })[];
}

/** The decks the module's running order and evaluation use, in order of first use. */
export function decksUsedBy(graph: ContentGraph, module: ModuleEntry): Entry<'decks'>[] {
	const data = module.data;
	const ids = [
		...data.sequence.flatMap((step) => [step.deck, step.quiz && splitQuizReference(step.quiz)?.deck]),
		...EVALUATION_MOMENTS.map((moment) => {
			const quiz = data.evaluation?.[moment]?.quiz;
			return quiz ? splitQuizReference(quiz)?.deck : undefined;
		}),
	].filter((id): id is string => id !== undefined);
	return [...new Set(ids)].flatMap((id) => graph.get('decks', id) ?? []);
}

/** Every answerable quiz of the decks the module uses, deck by deck. */
export function deckQuizzesOf(graph: ContentGraph, module: ModuleEntry): DeckQuizzes[] {
	return decksUsedBy(graph, module)
		.map((deck) => ({
			deck,
			quizzes: quizzesIn(graph.treeOf(deck)).filter((quiz): quiz is DeckQuiz & { quiz: Quiz } => quiz.quiz !== undefined),
		}))
		.filter((group) => group.quizzes.length > 0);
}

/** How many quizzes the module's package holds: its own and its decks'. */
export function scormQuizCount(graph: ContentGraph, module: ModuleEntry): number {
	const own = quizzesIn(graph.treeOf(module)).filter((quiz) => quiz.quiz !== undefined).length;
	return own + deckQuizzesOf(graph, module).reduce((total, group) => total + group.quizzes.length, 0);
}
