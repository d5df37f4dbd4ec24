// `component-props`: an allowed component gets what it needs: its required attributes (a <TabItem>
// without label, a <Card> without title), and, where Starlight takes one of a few values, one of
// them (<Aside type="tip">, an icon Starlight draws). Otherwise `astro build` stops on it, in
// English, without a place. An aside written as a directive (:::note{icon=…}) is the same aside;
// <Steps> and <FileTree> hold the one list Starlight turns into steps or a tree.
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

/** Components whose content Starlight turns into something else, and the one list it must be. */
const LIST_CONTENT: Record<string, { ordered: boolean; message: string; hint: string }> = {
	Steps: {
		ordered: true,
		message: 'une seule liste numérotée',
		hint: 'écrivez une étape par ligne, « 1. … », « 2. … », sans texte avant ni après la liste',
	},
	FileTree: {
		ordered: false,
		message: 'une seule liste à puces',
		hint: 'écrivez un fichier ou un dossier par ligne, « - nom », sans texte avant ni après la liste',
	},
};

type Content = { type: string; value?: unknown; ordered?: boolean | null; name?: string | null; children?: unknown };

/** Whether a child of a component shows nothing: blank text or a {/* comment *\/}. */
function isInvisible(node: Content): boolean {
	if (node.type === 'text') return String(node.value ?? '').trim() === '';
	return node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' ? /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? '')) : false;
}

/** Whether the content of a <Steps> or <FileTree> is the one list Starlight expects (it stops the build otherwise). */
function isOneList(children: Content[], ordered: boolean): boolean {
	const shown = children.filter((child) => !isInvisible(child));
	if (shown.length !== 1) return false;
	const [only] = shown as [Content];
	if (only.type === 'list') return Boolean(only.ordered) === ordered && Array.isArray(only.children) && only.children.length > 0;
	return only.type === 'mdxJsxFlowElement' && only.name === (ordered ? 'ol' : 'ul');
}

export const componentProps: Rule = {
	id: 'component-props',
	severity: 'error',
	description:
		'Un composant autorisé reçoit ses attributs obligatoires (label d’un <TabItem>…), avec une valeur permise (type d’un <Aside>, icône de Starlight, y compris dans :::note{icon=…}) ; <Steps> et <FileTree> contiennent une seule liste.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			for (const node of nodesOf(markdown.tree, 'containerDirective')) {
				const icon = node.attributes?.icon;
				if (!ASIDE_DIRECTIVES.has(node.name) || typeof icon !== 'string' || isStarlightIcon(icon)) continue;
				const point = pointAtOffset(markdown.source, nodeStart(markdown.source, node));
				reportUnknownIcon(context, markdown.file, point, icon, `l’encadré « :::${node.name} »`);
			}
			if (markdown.format !== 'mdx') continue;
			for (const node of nodesOf(markdown.tree, 'mdxJsxFlowElement', 'mdxJsxTextElement')) {
				const name = node.name ? importedComponents(markdown).get(node.name) : undefined;
				const expected = name !== undefined && Object.hasOwn(LIST_CONTENT, name) ? LIST_CONTENT[name]! : undefined;
				if (!expected || isOneList(node.children as Content[], expected.ordered)) continue;
				context.report({
					file: markdown.file,
					point: pointAtOffset(markdown.source, nodeStart(markdown.source, node)),
					message: `le contenu de « <${node.name}> » doit être ${expected.message} : Starlight arrête sinon la construction du site`,
					hint: expected.hint,
				});
			}
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
