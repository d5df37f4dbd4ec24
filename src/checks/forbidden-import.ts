// `forbidden-import`: a content file imports nothing but allowed components, and exports nothing,
// because an MDX import or export runs code while the site is built.
import { ALLOWED_COMPONENT_IMPORTS, isAllowedComponent } from '../security/content-allowlist.ts';
import type { Rule } from './rule.ts';
import { readEsm } from './support/imports.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { pointInValue, quoteValue } from './support/places.ts';

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
	const { statements, restOffset } = readEsm(code);
	for (const statement of statements) {
		if (!(statement.specifier in ALLOWED_COMPONENT_IMPORTS)) {
			return {
				offset: statement.offset,
				message: `import de « ${statement.specifier} » interdit : un contenu ne peut importer que des composants autorisés`,
				hint: `retirez la ligne ; composants autorisés : ${ALLOWED_LIST}`,
			};
		}
		const refused = statement.names.find(({ imported }) => !isAllowedComponent(statement.specifier, imported));
		if (refused) {
			return {
				offset: statement.offset,
				message: `composant « ${refused.imported} » non autorisé dans un contenu`,
				hint: `composants autorisés : ${ALLOWED_LIST}`,
			};
		}
	}
	if (restOffset === undefined) return undefined;
	const rest = code.slice(restOffset);
	const statement = rest.split('\n', 1)[0]!;
	if (/^export\b/.test(rest)) {
		return {
			offset: restOffset,
			message: `ligne ${quoteValue(statement)} interdite : un « export » exécuterait du code pendant la construction du site`,
			hint: 'retirez-la : un contenu n’a rien à exporter, ses informations vont dans l’en-tête',
		};
	}
	return {
		offset: restOffset,
		message: `ligne ${quoteValue(statement)} interdite : seul l’import de composants autorisés est permis`,
		hint: `écrivez par exemple : import { Aside } from '@astrojs/starlight/components'; (composants autorisés : ${ALLOWED_LIST})`,
	};
}

export const forbiddenImport: Rule = {
	id: 'forbidden-import',
	severity: 'error',
	description: 'Un contenu ne contient ni « export » ni « import », sauf celui de composants autorisés (src/security/content-allowlist.ts).',
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
