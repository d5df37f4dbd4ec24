// `forbidden-html`: a content file writes no tag or attribute that would put script, styles or
// another page into the site: <script>, <iframe>, <style>, <object>, <embed>…, on…= handlers.
import type { Rule } from './rule.ts';
import { elementsOf } from './support/elements.ts';
import { markdownFiles } from './support/markdown-files.ts';

const EMBED_HINT = 'remplacez-la par un lien vers la page : [titre de la page](https://…)';

/** Each forbidden tag, with how to do without it. */
const FORBIDDEN_TAGS: Record<string, string> = {
	script: 'le site n’exécute aucun script venu du contenu : retirez la balise, ou mettez un lien vers la ressource',
	iframe: EMBED_HINT,
	frame: EMBED_HINT,
	frameset: EMBED_HINT,
	object: EMBED_HINT,
	embed: EMBED_HINT,
	applet: EMBED_HINT,
	style: 'la mise en forme vient du thème du site : retirez la balise',
	// These change the whole page: where its links lead, what it loads, how it refreshes.
	base: 'retirez la balise : elle changerait toute la page',
	link: 'retirez la balise : elle changerait toute la page',
	meta: 'retirez la balise : elle changerait toute la page',
};

/** Astro's directives, such as set:html, insert raw HTML or scripts. */
const ASTRO_DIRECTIVE = /^(set|is|define|client|server|transition):/i;

const EVENT_HANDLER = /^on[a-z]+$/i;

export const forbiddenHtml: Rule = {
	id: 'forbidden-html',
	severity: 'error',
	description: 'Un contenu n’écrit ni <script>, <iframe>, <style>, <object>, <embed>, ni attribut on…= (onclick…), ni set:html.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			for (const element of elementsOf(markdown)) {
				const tag = element.name.toLowerCase();
				if (Object.hasOwn(FORBIDDEN_TAGS, tag)) {
					context.report({
						file: markdown.file,
						point: element.point,
						message: `balise « <${tag}> » interdite dans un contenu`,
						hint: FORBIDDEN_TAGS[tag],
					});
				}
				for (const attribute of element.attributes) {
					if (EVENT_HANDLER.test(attribute.name)) {
						context.report({
							file: markdown.file,
							point: attribute.point,
							message: `attribut « ${attribute.name} » interdit : il exécute du script dans la page`,
							hint: 'retirez l’attribut : un contenu ne déclenche pas de script',
						});
					} else if (ASTRO_DIRECTIVE.test(attribute.name)) {
						context.report({
							file: markdown.file,
							point: attribute.point,
							message: `attribut « ${attribute.name} » interdit : il insère du code brut dans la page`,
							hint: 'retirez l’attribut et écrivez le texte directement en Markdown',
						});
					}
				}
			}
		}
	},
};
