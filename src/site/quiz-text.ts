// A quiz as plain text for the trainer sheet: question, answers marked right or wrong, explanation.
// Reference directives read as their words (:term[mandat]{texte="un mandat"} → « un mandat »).
import type { Nodes, RootContent } from 'mdast';
import { isReferenceDirective, REFERENCE_DIRECTIVES } from '../model/collections.ts';
import type { ContentGraph } from '../model/graph.ts';
import type { Quiz } from '../markdown/quiz.ts';
import { entryLabel } from './labels.ts';

function textOf(nodes: readonly Nodes[], graph: ContentGraph): string {
	let text = '';
	for (const node of nodes) {
		if (node.type === 'textDirective') {
			const words = typeof node.attributes?.texte === 'string' ? node.attributes.texte : undefined;
			const label = textOf(node.children as Nodes[], graph);
			const target = isReferenceDirective(node.name) ? graph.get(REFERENCE_DIRECTIVES[node.name], label) : undefined;
			text += words ?? (target ? entryLabel(target) : label);
		} else if ('value' in node && typeof node.value === 'string' && !('children' in node)) {
			text += node.value;
		} else if (node.type === 'break') {
			text += ' ';
		} else if ('children' in node) {
			text += textOf(node.children as Nodes[], graph);
			if (node.type === 'paragraph') text += '\n';
		}
	}
	return text;
}

export interface QuizText {
	question: string;
	choices: { text: string; correct: boolean }[];
	explanation: string;
}

export function quizText(quiz: Quiz, graph: ContentGraph): QuizText {
	const flat = (nodes: readonly RootContent[]) => textOf(nodes as Nodes[], graph).replace(/\s+/g, ' ').trim();
	return {
		question: [flat(quiz.question), flat(quiz.context)].filter(Boolean).join(' '),
		choices: quiz.choices.map((choice) => ({ text: flat(choice.content), correct: choice.correct })),
		explanation: flat(quiz.explanation),
	};
}
