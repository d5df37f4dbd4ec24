// Brings :::quiz blocks to life on the site (markup from src/markdown/quiz.ts): "Voir la réponse"
// marks the right answers, says in a live region whether the reader's choice was right, and shows
// the explanation. With ?answers in the address, every answer is shown at once (a trainer's handout).
import { show } from './quiz-view.ts';

function setUp(quiz: HTMLElement, allShown: boolean): void {
	if (quiz.dataset.quizReady) return;
	quiz.dataset.quizReady = 'true';
	quiz.querySelector('.cf-quiz__reveal')?.addEventListener('click', () => show(quiz, !quiz.classList.contains('cf-quiz--shown')));
	if (allShown) show(quiz, true);
}

const allShown = new URLSearchParams(window.location.search).has('answers');
for (const quiz of document.querySelectorAll<HTMLElement>('.cf-quiz')) setUp(quiz, allShown);
