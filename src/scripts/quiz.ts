// Brings :::quiz blocks to life (markup from src/markdown/quiz.ts): "Voir la réponse" marks the
// right answers, says in a live region whether the reader's choice was right, and shows the
// explanation. With ?answers in the address, every answer is shown at once (a trainer's handout).

function choiceText(choice: Element): string {
	return choice.querySelector('.cf-quiz__text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function verdict(choices: Element[]): string {
	const picked = choices.filter((choice) => choice.querySelector<HTMLInputElement>('input')?.checked);
	if (picked.length === 0) return '';
	const right = choices.every((choice) => choice.hasAttribute('data-correct') === picked.includes(choice));
	return right ? 'Bonne réponse ! ' : 'Ce n’est pas tout à fait ça. ';
}

function show(quiz: HTMLElement, shown: boolean, { announce = true } = {}): void {
	const choices = [...quiz.querySelectorAll('.cf-quiz__choice')];
	const rightOnes = choices.filter((choice) => choice.hasAttribute('data-correct'));
	const button = quiz.querySelector<HTMLButtonElement>('.cf-quiz__reveal');
	const status = quiz.querySelector<HTMLElement>('.cf-quiz__status');
	const answer = quiz.querySelector<HTMLElement>('.cf-quiz__answer');
	quiz.classList.toggle('cf-quiz--shown', shown);
	for (const choice of rightOnes) {
		let mark = choice.querySelector('.cf-quiz__mark');
		if (shown && !mark) {
			mark = document.createElement('span');
			mark.className = 'cf-quiz__mark';
			mark.textContent = ' (bonne réponse)';
			choice.querySelector('label')?.append(mark);
		} else if (!shown) mark?.remove();
	}
	if (answer) answer.hidden = !shown;
	if (button) {
		button.setAttribute('aria-expanded', String(shown));
		button.textContent = shown ? 'Masquer la réponse' : 'Voir la réponse';
	}
	if (status && announce) {
		const names = rightOnes.map(choiceText).map((text) => `« ${text} »`);
		const what = names.length > 1 ? `Les bonnes réponses : ${names.join(', ')}.` : `La bonne réponse : ${names[0] ?? ''}.`;
		status.textContent = shown ? `${verdict(choices)}${what}` : '';
	}
}

function setUp(quiz: HTMLElement, allShown: boolean): void {
	if (quiz.dataset.quizReady) return;
	quiz.dataset.quizReady = 'true';
	quiz.querySelector('.cf-quiz__reveal')?.addEventListener('click', () => show(quiz, !quiz.classList.contains('cf-quiz--shown')));
	if (allShown) show(quiz, true);
}

const allShown = new URLSearchParams(window.location.search).has('answers');
for (const quiz of document.querySelectorAll<HTMLElement>('.cf-quiz')) setUp(quiz, allShown);
