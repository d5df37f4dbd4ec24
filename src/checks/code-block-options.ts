// `code-block-options`: the options written after a code block's language (```text title="…"
// {2-3}) are read by Expressive Code, Starlight's code renderer, while the site is built. A frame
// it does not know stops the build in English; a regular expression (mark=/…/) runs over the
// block's lines at build time, where a pattern such as /(a+)+$/ takes hours on one line. The check
// reads the options with Expressive Code's own parser, and accepts words and line numbers only.
import { MetaOptions } from '@expressive-code/core';
import { closest } from '../model/suggest.ts';
import type { Rule } from './rule.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { nodeStart, pointAtOffset, quoteValue } from './support/places.ts';

/** Expressive Code's frame types (@expressive-code/plugin-frames); "" is read as "none". */
const FRAMES = ['code', 'terminal', 'none', 'auto', ''];

const MARK_HINT = 'marquez un mot entre guillemets (mark="mot", ins="mot", del="mot") ou des lignes par leurs numéros ({2-4})';

export const codeBlockOptions: Rule = {
	id: 'code-block-options',
	severity: 'error',
	description:
		'Les options d’un bloc de code (```texte title="…" {2-3}) sont des mots et des numéros de lignes du bloc : ni expression régulière /…/, ni cadre inconnu.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			for (const node of nodesOf(markdown.tree, 'code')) {
				if (!node.meta?.trim()) continue;
				const point = pointAtOffset(markdown.source, nodeStart(markdown.source, node));
				const report = (message: string, hint: string) => context.report({ file: markdown.file, point, message, hint });
				const options = new MetaOptions(node.meta);
				// Expressive Code's own messages are in English: the place and the options say enough.
				if ((options.errors ?? []).length > 0) report(`options du bloc de code ${quoteValue(node.meta)} illisibles`, MARK_HINT);
				const lineCount = node.value.split('\n').length;
				for (const option of options.list()) {
					if (option.kind === 'regexp') {
						report(
							`option ${quoteValue(option.raw.trim())} du bloc de code : une expression régulière s’exécuterait pendant la construction du site`,
							MARK_HINT,
						);
					} else if (option.key?.toLowerCase() === 'frame' && option.kind === 'string' && !FRAMES.includes(option.value)) {
						const suggestion = closest(option.value, FRAMES.filter(Boolean));
						report(
							`cadre « ${option.value} » inconnu pour un bloc de code`,
							`${suggestion ? `vouliez-vous dire « ${suggestion} » ? ` : ''}cadres permis : code, terminal, none, auto`,
						);
					} else if (option.kind === 'range') {
						const beyond = (option.value.match(/\d+/g) ?? []).map(Number).find((line) => line > lineCount);
						if (beyond !== undefined) {
							report(
								`option ${quoteValue(option.raw.trim())} du bloc de code : la ligne ${beyond} n’existe pas (le bloc a ${lineCount} ligne${lineCount > 1 ? 's' : ''})`,
								'numérotez les lignes à partir de 1, dans le bloc : {2-4}',
							);
						}
					}
				}
			}
		}
	},
};
