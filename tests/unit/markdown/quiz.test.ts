import { pathToFileURL } from 'node:url';
import type { RootContent } from 'mdast';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownFeatures } from '../../../src/markdown/features.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { quizzes, readQuiz } from '../../../src/markdown/quiz.ts';

type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;

function quizNode(text: string): ContainerDirective {
	const parsed = parseMarkdown(text, 'md');
	if ('error' in parsed) throw new Error(parsed.error.message);
	const node = parsed.tree.children.find((child) => child.type === 'containerDirective');
	if (!node) throw new Error('pas de quiz');
	return node as ContainerDirective;
}

function read(text: string) {
	return readQuiz(quizNode(text));
}

describe('reading a quiz', () => {
	it('is single choice when one answer is checked, with the explanation after the list', () => {
		const reading = read(':::quiz\nQuelle couleur ?\n\n- [ ] Vert\n- [x] Bleu\n\nParce que.\n:::\n');
		if (!('quiz' in reading)) throw new Error(reading.problem.message);
		expect(reading.quiz.multiple).toBe(false);
		expect(reading.quiz.choices.map((choice) => choice.correct)).toEqual([false, true]);
		expect(reading.quiz.explanation.map((node) => node.type)).toEqual(['paragraph']);
	});

	it('is multiple choice when several answers are checked, or when {multiple} hides that only one is', () => {
		const several = read(':::quiz\nLesquels ?\n\n- [x] Un\n- [x] Deux\n- [ ] Trois\n:::\n');
		const hidden = read(':::quiz{multiple}\nLesquels ?\n\n- [x] Un\n- [ ] Deux\n:::\n');
		expect('quiz' in several && several.quiz.multiple).toBe(true);
		expect('quiz' in hidden && hidden.quiz.multiple).toBe(true);
	});

	it('takes the question from the label too', () => {
		const reading = read(':::quiz[Vrai ?]\n- [x] Oui\n- [ ] Non\n:::\n');
		expect('quiz' in reading && reading.quiz.question).toMatchObject([{ type: 'text', value: 'Vrai ?' }]);
	});

	it.each([
		[':::quiz\nQuestion ?\n:::\n', 'ce quiz n’a pas de liste de réponses'],
		[':::quiz\nQuestion ?\n\n- [ ] Un\n- [ ] Deux\n:::\n', 'aucune réponse de ce quiz n’est cochée comme juste'],
		[':::quiz\nQuestion ?\n\n- [x] Un\n- Deux\n:::\n', 'la réponse « Deux » n’est pas une case à cocher'],
		[':::quiz\nQuestion ?\n\n- [x] Un\n:::\n', 'ce quiz ne propose qu’une réponse'],
		[':::quiz\n- [x] Un\n- [ ] Deux\n:::\n', 'ce quiz n’a pas de question'],
	])('refuses %j: %s', (text, message) => {
		const reading = read(text);
		expect('problem' in reading && reading.problem.message).toBe(message);
	});
});

describe('rendering a quiz', () => {
	const render = (text: string) =>
		(markdownToHtml(text, { features: markdownFeatures, fileURL: pathToFileURL('/projet/content/modules/m.md'), mdastPlugins: [quizzes()] }) as MarkdownToHtmlResult).html;

	it('is a fieldset whose legend is the question, with radio buttons, a button, a live region and a hidden answer', () => {
		const out = render(':::quiz\nQuelle couleur ?\n\n- [ ] Vert\n- [x] Bleu\n\nParce que.\n:::\n');
		expect(out).toContain('<fieldset class="cf-quiz" data-quiz="single" id="cf-quiz-m-1"><legend class="cf-quiz__question">Quelle couleur ?</legend>');
		expect(out.match(/type="radio" name="cf-quiz-m-1-choice"/g)).toHaveLength(2);
		expect(out).toContain('<li class="cf-quiz__choice" data-correct="true"><label><input type="radio" name="cf-quiz-m-1-choice" value="2"> <span class="cf-quiz__text">Bleu</span></label></li>');
		expect(out).toContain('<button type="button" class="cf-quiz__reveal" aria-controls="cf-quiz-m-1-answer" aria-expanded="false">Voir la réponse</button>');
		expect(out).toContain('<p class="cf-quiz__status" role="status"></p><div class="cf-quiz__answer" id="cf-quiz-m-1-answer" hidden><p>Parce que.</p></div>');
	});

	it('uses check boxes for several right answers and numbers the quizzes of a page', () => {
		const out = render(':::quiz\nA ?\n\n- [x] Un\n- [ ] Deux\n:::\n\n:::quiz\nB ?\n\n- [x] Un\n- [x] Deux\n:::\n');
		expect(out).toContain('id="cf-quiz-m-1"');
		expect(out).toContain('<fieldset class="cf-quiz" data-quiz="multiple" id="cf-quiz-m-2">');
		expect(out.match(/type="checkbox"/g)).toHaveLength(2);
	});
});
