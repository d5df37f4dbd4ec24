// `forbidden-expression`: no JavaScript expression `{…}` in a content file, because MDX runs it
// while the site is built. A comment `{/* … */}` is harmless and allowed in the text, but not as
// the value of an attribute, which it would leave without one.
import type { Rule } from './rule.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { findInNode, nodeStart, pointAtOffset, quoteValue } from './support/places.ts';

/** Whether code holds only comments and spaces: `/* note *\/` or `// note`. */
function onlyComments(code: string): boolean {
	let index = 0;
	while (index < code.length) {
		const character = code[index]!;
		if (/\s/.test(character)) index++;
		else if (code.startsWith('/*', index)) {
			const end = code.indexOf('*/', index + 2);
			if (end === -1) return false;
			index = end + 2;
		} else if (code.startsWith('//', index)) {
			const end = code.indexOf('\n', index);
			index = end === -1 ? code.length : end + 1;
		} else return false;
	}
	return true;
}

const HINT = 'pour afficher une accolade, écrivez \\{ ; pour un commentaire invisible, écrivez {/* … */}';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const forbiddenExpression: Rule = {
	id: 'forbidden-expression',
	severity: 'error',
	description: 'Un contenu MDX ne contient pas d’expression JavaScript entre accolades { } (sauf un commentaire).',
	check(context) {
		for (const { file, source, tree } of markdownFiles(context.content)) {
			const report = (offset: number, code: string) =>
				context.report({
					file,
					point: pointAtOffset(source, offset),
					message: `expression ${quoteValue(`{${code}}`)} interdite : elle exécuterait du code pendant la construction du site`,
					hint: HINT,
				});
			for (const node of nodesOf(tree, 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement')) {
				if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
					if (!onlyComments(node.value)) report(nodeStart(source, node), node.value);
					continue;
				}
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute') {
						if (onlyComments(attribute.value)) continue;
						report(findInNode(source, node, /\{(?=\s*\.\.\.)/)?.start ?? nodeStart(source, node), attribute.value);
					} else if (attribute.value && typeof attribute.value === 'object') {
						const brace = new RegExp(`(?<=\\s${escapeRegExp(attribute.name)}\\s*=\\s*)\\{`);
						const offset = findInNode(source, node, brace)?.start ?? nodeStart(source, node);
						if (!onlyComments(attribute.value.value)) report(offset, attribute.value.value);
						else {
							// MDX gives such an attribute no value at all, and the build stops on it.
							context.report({
								file,
								point: pointAtOffset(source, offset),
								message: `valeur de l’attribut « ${attribute.name} » vide : ${quoteValue(`{${attribute.value.value}}`)} n’est qu’un commentaire`,
								hint: `écrivez la valeur entre guillemets : ${attribute.name}="…", ou retirez l’attribut`,
							});
						}
					}
				}
			}
		}
	},
};
