// `glued-word`: a word written against a link or a reference directive, with no space between
// them: « voir[la carte](/carte/) » or « Le:kit[repertoire] » shows « voirla carte », « Lerépertoire ».
import type { Nodes } from 'mdast';
import { REFERENCE_DIRECTIVES } from '../model/collections.ts';
import type { Rule } from './rule.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { nodeStart, offsetOf, quoteValue } from './support/places.ts';

/** A letter or a digit: what makes two pieces of text one word on screen. */
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Nodes a reader sees as a link: Markdown links and the reference directives (:module[…]…). */
function isLink(node: Nodes): boolean {
	if (node.type === 'link' || node.type === 'linkReference') return true;
	return node.type === 'textDirective' && Object.hasOwn(REFERENCE_DIRECTIVES, node.name);
}

export const gluedWord: Rule = {
	id: 'glued-word',
	severity: 'warning',
	description: 'Un mot n’est pas collé à un lien ou à une directive (« voir[la carte](/carte/) » s’afficherait « voirla carte »).',
	check(context) {
		for (const { file, source, tree } of markdownFiles(context.content)) {
			const parents = nodesOf(tree, 'paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link');
			for (const parent of parents) {
				const children = parent.children as Nodes[];
				for (let index = 0; index + 1 < children.length; index++) {
					const [left, right] = [children[index]!, children[index + 1]!];
					const before = left.type === 'text' && isLink(right) && WORD_END.test(left.value);
					const after = isLink(left) && right.type === 'text' && WORD_START.test(right.value);
					if (!before && !after) continue;
					const link = before ? right : left;
					if (!link.position || !right.position) continue;
					const linkSource = source.text.slice(nodeStart(source, link), offsetOf(source, link.position.end));
					const word = before ? /[\p{L}\p{N}]+$/u.exec((left as { value: string }).value)![0] : /^[\p{L}\p{N}]+/u.exec((right as { value: string }).value)![0];
					const snippet = before ? word + linkSource : linkSource + word;
					context.report({
						file,
						point: before ? link.position.start : right.position.start,
						message: `mot collé à un lien : ${quoteValue(snippet, 60)}`,
						hint: before
							? `ajoutez une espace entre « ${word} » et le lien : le site afficherait les deux mots d’un seul tenant`
							: `ajoutez une espace après le lien, ou mettez le mot entier dans le lien (pour une directive : {texte="…"})`,
					});
				}
			}
		}
	},
};
