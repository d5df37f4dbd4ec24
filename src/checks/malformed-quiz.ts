// `malformed-quiz`: each :::quiz has a question, a task list of at least two answers and one
// checked as right; the site could not show any other as a quiz.
import type { RootContent } from 'mdast';
import { readQuiz } from '../markdown/quiz.ts';
import type { Rule } from './rule.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';

type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;

export const malformedQuiz: Rule = {
	id: 'malformed-quiz',
	severity: 'error',
	description: 'Chaque quiz (:::quiz) a une question, au moins deux réponses en cases à cocher et au moins une réponse juste cochée.',
	check(context) {
		for (const { file, tree } of markdownFiles(context.content)) {
			for (const node of nodesOf(tree, 'containerDirective')) {
				if (node.name !== 'quiz') continue;
				const reading = readQuiz(node as ContainerDirective);
				if (!('problem' in reading)) continue;
				const start = reading.problem.node.position?.start ?? node.position?.start;
				context.report({
					file,
					point: start ? { line: start.line, column: start.column } : undefined,
					message: reading.problem.message,
					hint: reading.problem.hint,
				});
			}
		}
	},
};
