// The :::quiz block: a question, a task list of answers ("- [x]" right, "- [ ]" wrong) and an
// explanation after the list. Read here once, for the site (rendered as a fieldset the script
// src/scripts/quiz.ts brings to life) and for the check step (rule malformed-quiz).
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdastPluginInstance, PluginFactoryContext } from 'satteri';
import { element } from './html-nodes.ts';

type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;
type ListItem = Extract<Nodes, { type: 'listItem' }>;

export interface QuizChoice {
	content: PhrasingContent[];
	correct: boolean;
}

export interface Quiz {
	/** The question, shown as the fieldset's legend. */
	question: PhrasingContent[];
	/** Paragraphs between the question and the answers (a situation, a figure). */
	context: RootContent[];
	choices: QuizChoice[];
	/** Several answers may be right: check boxes instead of radio buttons. */
	multiple: boolean;
	explanation: RootContent[];
}

export interface QuizProblem {
	message: string;
	hint: string;
	/** The node the problem is about, for its position. */
	node: Nodes;
}

export type QuizReading = { quiz: Quiz } | { problem: QuizProblem };

const TASK_HINT = 'écrivez chaque réponse sous la forme « - [x] réponse juste » ou « - [ ] réponse fausse »';

function choiceContent(item: ListItem): PhrasingContent[] {
	const first = item.children[0];
	return first?.type === 'paragraph' ? first.children : [];
}

function plain(content: readonly PhrasingContent[]): string {
	return content.map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children as PhrasingContent[]) : '')).join('');
}

/** Reads a :::quiz block; a block a reader could not answer is a problem, not a quiz. */
export function readQuiz(node: ContainerDirective): QuizReading {
	let question: PhrasingContent[] = [];
	const context: RootContent[] = [];
	const explanation: RootContent[] = [];
	let list: Extract<Nodes, { type: 'list' }> | undefined;
	for (const child of node.children) {
		if (child.type === 'paragraph' && (child as Paragraph).data?.directiveLabel) question = child.children;
		else if (!list && child.type === 'list') list = child;
		else if (list) explanation.push(child);
		else if (question.length === 0 && child.type === 'paragraph') question = child.children;
		else context.push(child);
	}
	if (!list) {
		return { problem: { node, message: 'ce quiz n’a pas de liste de réponses', hint: `après la question, ${TASK_HINT}` } };
	}
	const unchecked = list.children.find((item) => typeof item.checked !== 'boolean');
	if (unchecked) {
		const text = plain(choiceContent(unchecked)).trim();
		return { problem: { node: unchecked, message: `la réponse « ${text} » n’est pas une case à cocher`, hint: TASK_HINT } };
	}
	if (list.children.length < 2) {
		return { problem: { node: list, message: 'ce quiz ne propose qu’une réponse', hint: `proposez au moins deux réponses ; ${TASK_HINT}` } };
	}
	const choices = list.children.map((item) => ({ content: choiceContent(item), correct: item.checked === true }));
	const right = choices.filter((choice) => choice.correct).length;
	if (right === 0) {
		return { problem: { node: list, message: 'aucune réponse de ce quiz n’est cochée comme juste', hint: 'cochez la ou les bonnes réponses en écrivant « - [x] » au début de leur ligne' } };
	}
	if (question.length === 0) {
		return { problem: { node, message: 'ce quiz n’a pas de question', hint: 'écrivez la question sur la ligne qui suit « :::quiz », avant la liste des réponses' } };
	}
	// One right answer makes a single-choice question, unless the author hides it with {multiple}.
	const multiple = right > 1 || node.attributes?.multiple !== undefined;
	return { quiz: { question, context, choices, multiple, explanation } };
}

function text(value: string): RootContent {
	return { type: 'text', value };
}

/** The quiz as HTML: a fieldset, its answers, a button and a live region; `id` is unique in the page. */
export function quizTree(quiz: Quiz, id: string): RootContent {
	const type = quiz.multiple ? 'checkbox' : 'radio';
	return element('fieldset', { className: ['cf-quiz'], dataQuiz: quiz.multiple ? 'multiple' : 'single', id }, [
		element('legend', { className: ['cf-quiz__question'] }, quiz.question as RootContent[]),
		...quiz.context,
		element('p', { className: ['cf-quiz__kind'] }, [text(quiz.multiple ? 'Plusieurs réponses possibles.' : 'Une seule réponse.')]),
		element(
			'ul',
			{ className: ['cf-quiz__choices'], role: 'list' },
			quiz.choices.map((choice, index) =>
				element('li', { className: ['cf-quiz__choice'], ...(choice.correct ? { dataCorrect: 'true' } : {}) }, [
					element('label', {}, [
						element('input', { type, name: `${id}-choice`, value: String(index + 1) }),
						text(' '),
						element('span', { className: ['cf-quiz__text'] }, choice.content as RootContent[]),
					]),
				]),
			),
		),
		element('button', { type: 'button', className: ['cf-quiz__reveal'], ariaControls: `${id}-answer`, ariaExpanded: 'false' }, [text('Voir la réponse')]),
		element('p', { className: ['cf-quiz__status'], role: 'status' }),
		element('div', { className: ['cf-quiz__answer'], id: `${id}-answer`, hidden: true }, quiz.explanation),
	]);
}

function slug(value: string): string {
	return value
		.toLowerCase()
		.normalize('NFD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** The Sätteri plugin that renders every :::quiz block, on slides and ordinary pages alike. */
export function quizzes() {
	return ({ fileURL }: PluginFactoryContext) => {
		// Several documents may share a page (a module and its persona cards): ids carry the file's name.
		const prefix = `cf-quiz-${slug(fileURL?.pathname.split('/').pop()?.replace(/\.mdx?$/, '') ?? 'page')}`;
		let count = 0;
		const plugin: MdastPluginInstance & { name: string } = {
			name: 'commun-formation-quizzes',
			containerDirective(node) {
				if (node.name !== 'quiz') return undefined;
				const reading = readQuiz(node as ContainerDirective);
				// The check step fails the build on a malformed quiz; the dev server shows it as written.
				if ('problem' in reading) return undefined;
				count++;
				return quizTree(reading.quiz, `${prefix}-${count}`) as never;
			},
		};
		return plugin;
	};
}
