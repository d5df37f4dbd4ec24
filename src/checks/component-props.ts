// `component-props`: an allowed component gets what it needs: its required attributes (a <TabItem>
// without label, a <Card> without title), and, where Starlight takes one of a few values, one of
// them (<Aside type="tip">). Otherwise `astro build` stops on it, in English, without a place.
import { ALLOWED_COMPONENTS } from '../security/content-allowlist.ts';
import { closest } from '../model/suggest.ts';
import type { Rule } from './rule.ts';
import { elementsOf, isComponentName } from './support/elements.ts';
import { importedComponents } from './support/imports.ts';
import { markdownFiles } from './support/markdown-files.ts';

export const componentProps: Rule = {
	id: 'component-props',
	severity: 'error',
	description: 'Un composant autorisé reçoit ses attributs obligatoires (label d’un <TabItem>…), avec une valeur permise (type d’un <Aside>…).',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			if (markdown.format !== 'mdx') continue;
			for (const element of elementsOf(markdown)) {
				if (element.syntax !== 'jsx' || !isComponentName(element.name)) continue;
				const name = importedComponents(markdown).get(element.name);
				const spec = name === undefined ? undefined : ALLOWED_COMPONENTS[name];
				if (!spec) continue;
				for (const required of spec.required ?? []) {
					if (element.attributes.some((attribute) => attribute.name === required)) continue;
					context.report({
						file: markdown.file,
						point: element.point,
						message: `attribut « ${required} » manquant sur « <${element.name}> »`,
						hint: `ajoutez-le : <${element.name} ${required}="…">`,
					});
				}
				for (const attribute of element.attributes) {
					const values = spec.values && Object.hasOwn(spec.values, attribute.name) ? spec.values[attribute.name]! : undefined;
					if (!values || attribute.value === undefined || values.includes(attribute.value)) continue;
					const suggestion = closest(attribute.value, [...values]);
					context.report({
						file: markdown.file,
						point: attribute.valuePoint,
						message: `valeur « ${attribute.value} » inconnue pour l’attribut « ${attribute.name} » de « <${element.name}> »`,
						hint: suggestion ? `vouliez-vous dire « ${suggestion} » ? (valeurs permises : ${values.join(', ')})` : `valeurs permises : ${values.join(', ')}`,
					});
				}
			}
		}
	},
};
