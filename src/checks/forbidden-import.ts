// `forbidden-import`: a content file imports nothing but allowed components, and exports nothing,
// because an MDX import or export runs code while the site is built.
import { ALLOWED_COMPONENT_IMPORTS, isAllowedComponent } from '../markdown/components.ts';
import type { Rule } from './rule.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { pointInValue, quoteValue } from './support/places.ts';

/** `import { A, B as C } from 'module';`: the one shape of import that only brings components. */
const NAMED_IMPORT = /\s*import\s*\{([^{}]*)\}\s*from\s*(["'])([^"'\n]+)\2\s*;?/y;
const SPACE = /\s*/y;

const ALLOWED_LIST = Object.entries(ALLOWED_COMPONENT_IMPORTS)
	.map(([specifier, names]) => `${names.join(', ')} (de ${specifier})`)
	.join(' ; ');

interface Refusal {
	offset: number;
	message: string;
	hint: string;
}

/** The first statement of an ESM block that is not an allowed import, if any. */
function firstRefusal(code: string): Refusal | undefined {
	let offset = 0;
	while (offset < code.length) {
		NAMED_IMPORT.lastIndex = offset;
		const match = NAMED_IMPORT.exec(code);
		if (!match) break;
		const specifier = match[3]!;
		const names = match[1]!.split(',').map((part) => part.trim().split(/\s+as\s+/)[0]!).filter(Boolean);
		const statementStart = offset + (match[0].length - match[0].trimStart().length);
		if (!(specifier in ALLOWED_COMPONENT_IMPORTS)) {
			return {
				offset: statementStart,
				message: `import de « ${specifier} » interdit : un contenu ne peut importer que des composants autorisés`,
				hint: `retirez la ligne ; composants autorisés : ${ALLOWED_LIST}`,
			};
		}
		const refused = names.find((name) => !isAllowedComponent(specifier, name));
		if (refused) {
			return {
				offset: statementStart,
				message: `composant « ${refused} » non autorisé dans un contenu`,
				hint: `composants autorisés : ${ALLOWED_LIST}`,
			};
		}
		offset = NAMED_IMPORT.lastIndex;
	}
	SPACE.lastIndex = offset;
	SPACE.exec(code);
	const rest = code.slice(SPACE.lastIndex);
	if (rest === '') return undefined;
	const statement = rest.split('\n', 1)[0]!;
	if (/^export\b/.test(rest)) {
		return {
			offset: SPACE.lastIndex,
			message: `ligne ${quoteValue(statement)} interdite : un « export » exécuterait du code pendant la construction du site`,
			hint: 'retirez-la : un contenu n’a rien à exporter, ses informations vont dans l’en-tête',
		};
	}
	return {
		offset: SPACE.lastIndex,
		message: `ligne ${quoteValue(statement)} interdite : seul l’import de composants autorisés est permis`,
		hint: `écrivez par exemple : import { Aside } from '@astrojs/starlight/components'; (composants autorisés : ${ALLOWED_LIST})`,
	};
}

export const forbiddenImport: Rule = {
	id: 'forbidden-import',
	severity: 'error',
	description: 'Un contenu ne contient ni « export » ni « import », sauf celui de composants autorisés (src/markdown/components.ts).',
	check(context) {
		for (const { file, source, tree } of markdownFiles(context.content)) {
			for (const node of nodesOf(tree, 'mdxjsEsm')) {
				const refusal = firstRefusal(node.value);
				if (!refusal || !node.position) continue;
				context.report({
					file,
					point: pointInValue(source, node.position.start, node.value, refusal.offset),
					message: refusal.message,
					hint: refusal.hint,
				});
			}
		}
	},
};
