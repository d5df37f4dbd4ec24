// A deck's quiz as the trainer sheet prints it: found by number or by id, with its right answers
// marked and reference directives read as their words.
import { describe, expect, it } from 'vitest';
import { findQuiz, quizzesIn } from '../../../src/model/quizzes.ts';
import { loadProject } from '../../../src/model/project.ts';
import { quizText } from '../../../src/site/quiz-text.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

const { graph } = loadProject({ root: `${PROJECT_ROOT}/tests/fixtures/check/valid`, contentDir: 'content' });

describe('quizzes named by modules', () => {
	it('finds a deck’s quiz by its number and by the id written :::quiz{#id}', () => {
		const byNumber = findQuiz(graph, 'atelier/1');
		const byId = findQuiz(graph, 'atelier/oui-non');
		expect(byNumber.found && byNumber.quiz.id).toBe('oui-non');
		expect(byId.found && byId.quiz.number).toBe(1);
		expect(findQuiz(graph, 'atelier/2')).toMatchObject({ found: false, quizzes: [{ number: 1, id: 'oui-non' }] });
	});

	it('reads the question, each answer as right or wrong, and the explanation', () => {
		const lookup = findQuiz(graph, 'atelier/1');
		expect(lookup.found && quizText(lookup.quiz.quiz!, graph)).toEqual({
			question: 'Une question inventée ?',
			choices: [
				{ text: 'Oui', correct: true },
				{ text: 'Non', correct: false },
			],
			explanation: 'Une explication inventée.',
		});
	});

	it('counts every quiz of the commons’ decks in reading order', () => {
		const commons = loadProject({ root: PROJECT_ROOT, contentDir: 'content' }).graph;
		const quizzes = quizzesIn(commons.treeOf(commons.get('decks', 'aidants-numeriques')!));
		expect(quizzes.length).toBeGreaterThanOrEqual(4);
		expect(quizzes.map((quiz) => quiz.number)).toEqual(quizzes.map((_, index) => index + 1));
		const first = quizText(quizzes[0]!.quiz!, commons);
		expect(first.choices.filter((choice) => choice.correct)).toHaveLength(1);
	});

	it('reads a reference directive as the words the sentence gives it', () => {
		const commons = loadProject({ root: PROJECT_ROOT, contentDir: 'content' }).graph;
		const lookup = findQuiz(commons, 'posture-accompagnant/1');
		expect(lookup.found && quizText(lookup.quiz.quiz!, commons).question).toBe('Quelles règles rendent un mot de passe plus sûr ?');
	});
});
