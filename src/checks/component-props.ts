// `component-props`: an allowed component gets what it needs: its required attributes (a <TabItem>
// without label, a <Card> without title), and, where Starlight takes one of a few values, one of
// them (<Aside type="tip">, an icon Starlight draws). Otherwise `astro build` stops on it, in
// English, without a place. An aside written as a directive (:::note{icon=…}) is the same aside.
import { ALLOWED_COMPONENTS } from '../security/content-allowlist.ts';
import { isStarlightIcon, starlightIcons } from '../security/starlight-icons.ts';
import type { Point } from '../model/source.ts';
import { closest } from '../model/suggest.ts';
import type { Rule, RuleContext } from './rule.ts';
import { elementsOf, isComponentName } from './support/elements.ts';
import { importedComponents } from './support/imports.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { nodeStart, pointAtOffset } from './support/places.ts';

/** Starlight's asides, written :::note … ::: in Markdown. */
const ASIDE_DIRECTIVES = new Set(['note', 'tip', 'caution', 'danger']);

const ICON_LIST = 'https://starlight.astro.build/fr/reference/icons/#toutes-les-icônes';

function reportUnknownIcon(context: RuleContext, file: string, point: Point, icon: string, where: string) {
	const suggestion = closest(icon, [...starlightIcons()]);
	context.report({
		file,
		point,
		message: `icône « ${icon} » inconnue pour ${where}`,
		hint: suggestion
			? `vouliez-vous dire « ${suggestion} » ? Les icônes permises sont celles de Starlight (${ICON_LIST})`
			: `les icônes permises sont celles de Starlight (${ICON_LIST})`,
	});
}

export const componentProps: Rule = {
	id: 'component-props',
	severity: 'error',
	description:
		'Un composant autorisé reçoit ses attributs obligatoires (label d’un <TabItem>…), avec une valeur permise (type d’un <Aside>, icône de Starlight, y compris dans :::note{icon=…}).',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			for (const node of nodesOf(markdown.tree, 'containerDirective')) {
				const icon = node.attributes?.icon;
				if (!ASIDE_DIRECTIVES.has(node.name) || typeof icon !== 'string' || isStarlightIcon(icon)) continue;
				const point = pointAtOffset(markdown.source, nodeStart(markdown.source, node));
				reportUnknownIcon(context, markdown.file, point, icon, `l’encadré « :::${node.name} »`);
			}
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
					if (attribute.value === undefined) continue;
					if (spec.icons?.includes(attribute.name)) {
						if (!isStarlightIcon(attribute.value)) {
							reportUnknownIcon(context, markdown.file, attribute.valuePoint, attribute.value, `l’attribut « ${attribute.name} » de « <${element.name}> »`);
						}
						continue;
					}
					const values = spec.values && Object.hasOwn(spec.values, attribute.name) ? spec.values[attribute.name]! : undefined;
					if (!values || values.includes(attribute.value)) continue;
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
