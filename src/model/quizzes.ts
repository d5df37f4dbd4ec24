// The quizzes of a deck, and how a module names one: "deck/2" for the deck's second quiz, or
// "deck/mandat" for the quiz written `:::quiz{#mandat}`.
import type { Root, RootContent } from 'mdast';
import { readQuiz, type Quiz } from '../markdown/quiz.ts';
import { walk } from '../markdown/walk.ts';
import type { ContentGraph } from './graph.ts';
import type { Entry } from './load.ts';
import { QUIZ_REFERENCE_PATTERN } from './schemas/module.ts';

type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;

export interface DeckQuiz {
	/** 1 for the deck's first quiz. */
	number: number;
	/** The id given with `{#id}`, if any. */
	id?: string;
	/** The quiz as the site shows it; undefined when it is malformed (malformed-quiz says why). */
	quiz?: Quiz;
}

/** Every quiz of a Markdown tree, in reading order. */
export function quizzesIn(tree: Root | undefined): DeckQuiz[] {
	const found: DeckQuiz[] = [];
	if (!tree) return found;
	walk(tree, (node) => {
		if (node.type !== 'containerDirective' || node.name !== 'quiz') return;
		const reading = readQuiz(node as ContainerDirective);
		const id = node.attributes?.id ?? undefined;
		found.push({ number: found.length + 1, id: id || undefined, quiz: 'quiz' in reading ? reading.quiz : undefined });
	});
	return found;
}

/** "deck/2" → { deck: "deck", key: "2" }. */
export function splitQuizReference(reference: string): { deck: string; key: string } | undefined {
	const match = QUIZ_REFERENCE_PATTERN.exec(reference);
	return match ? { deck: match[1]!, key: match[2]! } : undefined;
}

/** How a quiz is named in a reference: its id when it has one, else its number. */
export function quizKey(quiz: DeckQuiz): string {
	return quiz.id ?? String(quiz.number);
}

export type QuizLookup =
	| { found: true; deck: Entry<'decks'>; quiz: DeckQuiz }
	| { found: false; deck?: Entry<'decks'>; quizzes: DeckQuiz[] };

/** The quiz a reference names, or what the deck offers instead. */
export function findQuiz(graph: ContentGraph, reference: string): QuizLookup {
	const parts = splitQuizReference(reference);
	const deck = parts ? graph.get('decks', parts.deck) : undefined;
	if (!parts || !deck) return { found: false, quizzes: [] };
	const quizzes = quizzesIn(graph.treeOf(deck));
	const quiz = quizzes.find((candidate) => candidate.id === parts.key) ?? quizzes.find((candidate) => String(candidate.number) === parts.key);
	return quiz ? { found: true, deck, quiz } : { found: false, deck, quizzes };
}
