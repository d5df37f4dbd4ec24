// `forbidden-html`: a content file writes only the HTML elements and attributes of the allowlist
// (src/security/content-allowlist.ts), as raw HTML in Markdown or as JSX in MDX, and leaves no
// comment, tag or quoted value open to swallow the rest of the page. Anything else is refused,
// whatever it is: the list says what is allowed, never what is forbidden.
import {
	allowedAttributeList,
	allowedElementList,
	isAllowedAttribute,
	isAllowedComponentAttribute,
	isAllowedElement,
} from '../security/content-allowlist.ts';
import type { Rule } from './rule.ts';
import { htmlOf, isComponentName, type Element } from './support/elements.ts';
import { importedComponents } from './support/imports.ts';
import { markdownFiles } from './support/markdown-files.ts';

const EMBED_HINT = 'remplacez-la par un lien vers la page : [titre de la page](https://…)';
const PAGE_HINT = 'retirez la balise : elle changerait toute la page';

/** How to do without the elements contributors reach for most often. */
const TAG_HINTS: Record<string, string> = {
	script: 'le site n’exécute aucun script venu du contenu : retirez la balise, ou mettez un lien vers la ressource',
	noscript: 'le site n’exécute aucun script venu du contenu : retirez la balise',
	iframe: EMBED_HINT,
	frame: EMBED_HINT,
	frameset: EMBED_HINT,
	object: EMBED_HINT,
	embed: EMBED_HINT,
	applet: EMBED_HINT,
	video: 'mettez un lien vers la vidéo : [titre de la vidéo](https://…)',
	audio: 'mettez un lien vers l’enregistrement : [titre](https://…)',
	style: 'la mise en forme vient du thème du site : retirez la balise',
	link: PAGE_HINT,
	meta: PAGE_HINT,
	base: PAGE_HINT,
	form: 'un contenu n’envoie pas de formulaire : les questionnaires du kit se décrivent dans content/questionnaires/',
	h1: 'le titre de la page vient de l’en-tête (title) : commencez les titres du texte à « ## »',
};

/** Astro's directives, such as set:html, insert raw HTML or scripts. */
const ASTRO_DIRECTIVE = /^(set|is|define|client|server|transition):/i;

const EVENT_HANDLER = /^on/i;

function attributeRefusal(element: Element, attribute: string): { message: string; hint: string } {
	const shown = `<${element.name}>`;
	if (EVENT_HANDLER.test(attribute)) {
		return {
			message: `attribut « ${attribute} » interdit : il exécute du script dans la page`,
			hint: 'retirez l’attribut : un contenu ne déclenche pas de script',
		};
	}
	if (ASTRO_DIRECTIVE.test(attribute)) {
		return {
			message: `attribut « ${attribute} » interdit : il insère du code brut dans la page`,
			hint: 'retirez l’attribut et écrivez le texte directement en Markdown',
		};
	}
	if (attribute.toLowerCase() === 'style') {
		return {
			message: `attribut « style » non autorisé sur « ${shown} » : la mise en forme vient du thème du site`,
			hint: 'retirez l’attribut ; pour mettre en valeur, utilisez **gras**, *italique* ou un encadré <Aside>',
		};
	}
	return {
		message: `attribut « ${attribute} » non autorisé sur « ${shown} »`,
		hint: `attributs permis sur « ${shown} » : ${allowedAttributeList(element.name)}`,
	};
}

export const forbiddenHtml: Rule = {
	id: 'forbidden-html',
	severity: 'error',
	description:
		'Un contenu n’écrit que les balises et attributs HTML de la liste autorisée (src/security/content-allowlist.ts) : ni <script>, <iframe>, <style>, ni attribut on…=, style= ou set:html, ni commentaire laissé ouvert.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			const { elements, unclosed } = htmlOf(markdown);
			let refused = false;
			for (const element of elements) {
				const component = element.syntax === 'jsx' && isComponentName(element.name);
				// A component is named here as imported (Aside, even when imported "as Note"); one that is
				// not imported, or not allowed, is unknown-component's to report.
				const tag = component ? importedComponents(markdown).get(element.name) : element.name.toLowerCase();
				if (tag === undefined) continue;
				if (!component && !isAllowedElement(tag)) {
					refused = true;
					context.report({
						file: markdown.file,
						point: element.point,
						message: `balise « <${tag}> » non autorisée dans un contenu`,
						hint: TAG_HINTS[tag] ?? `balises permises : ${allowedElementList()} ; pour un autre besoin, ouvrez une demande`,
					});
					continue;
				}
				for (const attribute of element.attributes) {
					const name = component ? attribute.name : attribute.name.toLowerCase();
					const allowed = component ? isAllowedComponentAttribute(tag, name) : isAllowedAttribute(tag, name);
					if (allowed) continue;
					refused = true;
					context.report({ file: markdown.file, point: attribute.point, ...attributeRefusal({ ...element, name: tag }, attribute.name) });
				}
			}
			// What is left open matters only once the rest is allowed: it is said alone, then.
			if (refused) continue;
			for (const point of unclosed) {
				context.report({
					file: markdown.file,
					point,
					message: 'HTML laissé ouvert : un commentaire « <!-- », une balise ou une valeur entre guillemets n’est pas refermé',
					hint: 'refermez-le (« --> », « > » ou le guillemet) : sinon il avale la suite de la page',
				});
			}
		}
	},
};
