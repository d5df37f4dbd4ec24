// What a :::quiz block (markup from src/markdown/quiz.ts) shows once answered: the right answers
// marked by text as well as colour, a verdict on the reader's choice in its live region, and the
// explanation. Shared by the site's quizzes (quiz.ts) and the SCORM package's (scorm.ts).

export function choicesOf(quiz: HTMLElement): HTMLElement[] {
	return [...quiz.querySelectorAll<HTMLElement>('.cf-quiz__choice')];
}

function choiceText(choice: Element): string {
	return choice.querySelector('.cf-quiz__text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The numbers (from 0) of the answers the reader ticked. */
export function pickedChoices(quiz: HTMLElement): number[] {
	return choicesOf(quiz).flatMap((choice, index) => (choice.querySelector<HTMLInputElement>('input')?.checked ? [index] : []));
}

/** Whether the ticked answers are exactly the right ones. */
export function isRight(quiz: HTMLElement, picked: readonly number[]): boolean {
	return choicesOf(quiz).every((choice, index) => choice.hasAttribute('data-correct') === picked.includes(index));
}

function verdict(quiz: HTMLElement): string {
	const picked = pickedChoices(quiz);
	if (picked.length === 0) return '';
	return isRight(quiz, picked) ? 'Bonne réponse ! ' : 'Ce n’est pas tout à fait ça. ';
}

/** Shows or hides the answer of a quiz; `revealLabel` names the button while the answer is hidden. */
export function show(quiz: HTMLElement, shown: boolean, { announce = true, revealLabel = 'Voir la réponse' } = {}): void {
	const choices = choicesOf(quiz);
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
		button.textContent = shown ? 'Masquer la réponse' : revealLabel;
	}
	if (status && announce) {
		const names = rightOnes.map(choiceText).map((text) => `« ${text} »`);
		const what = names.length > 1 ? `Les bonnes réponses : ${names.join(', ')}.` : `La bonne réponse : ${names[0] ?? ''}.`;
		status.textContent = shown ? `${verdict(quiz)}${what}` : '';
	}
}
