// The SCO of a module's SCORM 1.2 package (the page /scorm/<id>/, packaged by src/scorm/): it finds
// the platform's runtime API the way SCORM 1.2 says (window.API in a window above this one, or above
// its opener), and reports what the learner does:
// - cmi.core.lesson_status: "completed" once the end of the sheet has been on screen, "passed" or
//   "failed" once every quiz is answered, from the share of right answers and the mastery score
//   (the platform's cmi.student_data.mastery_score, else the one the page carries), "incomplete" before;
// - cmi.core.score.raw/min/max: that share, in percent;
// - cmi.suspend_data: what was read and answered, to pick up where the learner stopped.
// A quiz answered is locked and shows its answer; « Recommencer le quiz » clears them all. Opened
// outside a platform, the page works the same and says that nothing is recorded.
import { choicesOf, isRight, pickedChoices, show } from './quiz-view.ts';

interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
}

/** How far up the windows the SCORM 1.2 search goes before giving up (RTE 1.2, API discovery). */
const MAX_DEPTH = 500;

function apiAbove(start: Window): Scorm12Api | undefined {
	let current: Window = start;
	for (let depth = 0; depth < MAX_DEPTH; depth++) {
		try {
			const api = (current as Window & { API?: Scorm12Api }).API;
			if (api && typeof api.LMSInitialize === 'function') return api;
		} catch {
			// A window of another origin: the platform cannot be there.
			return undefined;
		}
		if (current.parent === current) return undefined;
		current = current.parent;
	}
	return undefined;
}

function findApi(): Scorm12Api | undefined {
	return apiAbove(window) ?? (window.opener ? apiAbove(window.opener as Window) : undefined);
}

interface Progress {
	/** The end of the sheet has been on screen. */
	read: boolean;
	/** The answers ticked in each quiz (numbers from 0), or null while it is not answered. */
	answers: (number[] | null)[];
}

/** suspend_data holds at most 4,096 characters in SCORM 1.2: the progress is written compactly. */
function encode(progress: Progress): string {
	return JSON.stringify({ v: 1, r: progress.read ? 1 : 0, a: progress.answers.map((answer) => answer ?? 0) });
}

/** The progress saved by an earlier session, as far as it still fits the page's quizzes. */
function decode(text: string, quizzes: readonly HTMLElement[]): Progress | undefined {
	let saved: unknown;
	try {
		saved = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof saved !== 'object' || saved === null || (saved as { v?: unknown }).v !== 1) return undefined;
	const { r, a } = saved as { r?: unknown; a?: unknown };
	const answers = quizzes.map((quiz, index) => {
		const answer = Array.isArray(a) ? a[index] : undefined;
		const count = choicesOf(quiz).length;
		if (!Array.isArray(answer) || answer.length === 0) return null;
		return answer.every((choice) => Number.isInteger(choice) && choice >= 0 && choice < count) ? (answer as number[]) : null;
	});
	return { read: r === 1, answers };
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
function timespan(milliseconds: number): string {
	const seconds = milliseconds / 1000;
	const hours = Math.min(9999, Math.floor(seconds / 3600));
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = (seconds % 60).toFixed(2).padStart(5, '0');
	return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${rest}`;
}

const REVEAL_LABEL = 'Valider ma réponse';
const started = Date.now();
const api = findApi();
const quizzes = [...document.querySelectorAll<HTMLElement>('.cf-quiz')];
const statusLine = document.querySelector<HTMLElement>('[data-sco-status]');
const end = document.querySelector<HTMLElement>('[data-sco-end]');
const restart = document.querySelector<HTMLButtonElement>('[data-sco-restart]');
let progress: Progress = { read: false, answers: quizzes.map(() => null) };
let mastery = Number(document.documentElement.dataset.masteryScore ?? '80');
let finished = false;

function set(element: string, value: string): void {
	api?.LMSSetValue(element, value);
}

function lock(quiz: HTMLElement, locked: boolean): void {
	for (const input of quiz.querySelectorAll<HTMLInputElement>('input')) input.disabled = locked;
	const button = quiz.querySelector<HTMLButtonElement>('.cf-quiz__reveal');
	if (button) button.hidden = locked;
}

function percent(right: number, total: number): number {
	return Math.round((100 * right) / total);
}

function report(): void {
	const total = quizzes.length;
	const answered = progress.answers.filter((answer) => answer !== null).length;
	const right = quizzes.filter((quiz, index) => progress.answers[index] && isRight(quiz, progress.answers[index]!)).length;
	let status: string;
	let sentence: string;
	if (total > 0 && answered === total) {
		const score = percent(right, total);
		status = score >= mastery ? 'passed' : 'failed';
		sentence =
			`Résultat : ${score} % de bonnes réponses (${right} sur ${total})` +
			(status === 'passed' ? ' : validé.' : `, il en faut ${mastery} % : pas encore validé. « Recommencer le quiz » permet de réessayer.`);
		set('cmi.core.score.min', '0');
		set('cmi.core.score.max', '100');
		set('cmi.core.score.raw', String(score));
	} else {
		status = progress.read ? 'completed' : 'incomplete';
		const questions = total === 0 ? '' : ` Questions répondues : ${answered} sur ${total}.`;
		sentence = `${progress.read ? 'Fiche lue jusqu’au bout.' : 'Lecture en cours.'}${questions}`;
	}
	set('cmi.core.lesson_status', status);
	set('cmi.suspend_data', encode(progress));
	api?.LMSCommit('');
	if (restart) restart.hidden = answered === 0;
	if (statusLine) {
		statusLine.dataset.scoLessonStatus = status;
		statusLine.textContent = api ? sentence : `${sentence} Cette page n’est pas ouverte par une plateforme de formation : rien n’est enregistré.`;
	}
}

function answer(quiz: HTMLElement, index: number, picked: number[]): void {
	const inputs = quiz.querySelectorAll<HTMLInputElement>('input');
	inputs.forEach((input, position) => (input.checked = picked.includes(position)));
	progress.answers[index] = picked;
	lock(quiz, true);
	show(quiz, true);
}

function setUp(quiz: HTMLElement, index: number): void {
	const button = quiz.querySelector<HTMLButtonElement>('.cf-quiz__reveal');
	if (!button) return;
	button.textContent = REVEAL_LABEL;
	button.removeAttribute('aria-expanded');
	button.addEventListener('click', () => {
		const picked = pickedChoices(quiz);
		if (picked.length === 0) {
			const status = quiz.querySelector('.cf-quiz__status');
			if (status) status.textContent = 'Choisissez une réponse, puis validez.';
			return;
		}
		answer(quiz, index, picked);
		report();
		// The button hides with the answer given: the verdict takes the focus, or a keyboard reader
		// would be sent back to the top of the page; the next Tab goes on to the next question.
		const verdict = quiz.querySelector<HTMLElement>('.cf-quiz__status');
		if (verdict) {
			verdict.tabIndex = -1;
			verdict.focus();
		}
	});
}

function finish(): void {
	if (finished || !api) return;
	finished = true;
	set('cmi.core.session_time', timespan(Date.now() - started));
	// The learner may come back: the platform keeps suspend_data for the next session.
	set('cmi.core.exit', 'suspend');
	api.LMSCommit('');
	api.LMSFinish('');
}

if (api) {
	api.LMSInitialize('');
	const fromPlatform = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'));
	if (Number.isFinite(fromPlatform) && fromPlatform >= 0 && fromPlatform <= 100) mastery = fromPlatform;
	const saved = decode(api.LMSGetValue('cmi.suspend_data') ?? '', quizzes);
	if (saved) progress = saved;
}
quizzes.forEach(setUp);
quizzes.forEach((quiz, index) => {
	const saved = progress.answers[index];
	if (saved) answer(quiz, index, saved);
});
restart?.addEventListener('click', () => {
	progress.answers = quizzes.map(() => null);
	for (const quiz of quizzes) {
		for (const input of quiz.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
		lock(quiz, false);
		show(quiz, false, { revealLabel: REVEAL_LABEL });
		quiz.querySelector<HTMLButtonElement>('.cf-quiz__reveal')?.removeAttribute('aria-expanded');
	}
	report();
	quizzes[0]?.querySelector('input')?.focus();
});
if (end) {
	new IntersectionObserver((entries, observer) => {
		if (!entries.some((entry) => entry.isIntersecting)) return;
		observer.disconnect();
		if (progress.read) return;
		progress.read = true;
		report();
	}).observe(end);
}
report();
window.addEventListener('pagehide', finish);
window.addEventListener('beforeunload', finish);
document.documentElement.dataset.scoReady = 'true';
