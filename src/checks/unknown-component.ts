// `unknown-component`: every component an MDX file uses (<Aside>, <Tabs>…) is one of the allowed
// components and is imported at the top of the file; otherwise `astro build` stops on it, in
// English and without saying where.
import { ALLOWED_COMPONENTS } from '../security/content-allowlist.ts';
import { closest } from '../model/suggest.ts';
import type { Rule } from './rule.ts';
import { elementsOf, isComponentName } from './support/elements.ts';
import { importedComponents } from './support/imports.ts';
import { markdownFiles } from './support/markdown-files.ts';

const ALLOWED_NAMES = Object.keys(ALLOWED_COMPONENTS);

export const unknownComponent: Rule = {
	id: 'unknown-component',
	severity: 'error',
	description: 'Un composant utilisé dans un MDX (<Aside>…) est un composant autorisé, importé en haut du fichier.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			if (markdown.format !== 'mdx') continue;
			const imported = importedComponents(markdown);
			for (const element of elementsOf(markdown)) {
				if (element.syntax !== 'jsx' || !isComponentName(element.name) || imported.has(element.name)) continue;
				if (Object.hasOwn(ALLOWED_COMPONENTS, element.name)) {
					context.report({
						file: markdown.file,
						point: element.point,
						message: `composant « <${element.name}> » utilisé sans être importé`,
						hint: `ajoutez sous l’en-tête la ligne : import { ${element.name} } from '${ALLOWED_COMPONENTS[element.name]!.from}';`,
					});
					continue;
				}
				const suggestion = closest(element.name, ALLOWED_NAMES);
				context.report({
					file: markdown.file,
					point: element.point,
					message: `composant « <${element.name}> » inconnu : il n’est pas parmi les composants autorisés`,
					hint: suggestion
						? `vouliez-vous dire « <${suggestion}> » ? (composants autorisés : ${ALLOWED_NAMES.join(', ')})`
						: `composants autorisés : ${ALLOWED_NAMES.join(', ')} ; pour du texte, écrivez en Markdown`,
				});
			}
		}
	},
};
