// `unknown-anchor`: a link to a heading of a page (`#objectifs`, `../caf/#contenus`) names a
// heading the page has, wherever the page's headings are all known before the build.
import { closest } from '../model/suggest.ts';
import { pageIndex } from '../site/page-index.ts';
import type { Rule } from './rule.ts';
import { siteLinks } from './support/site-links.ts';

export const unknownAnchor: Rule = {
	id: 'unknown-anchor',
	severity: 'error',
	description: 'Un lien vers un titre d’une page (#titre) nomme un titre que la page a (module, parcours, ou titre du texte).',
	check(context) {
		const links = siteLinks(context.content).filter((link) => link.anchor);
		if (links.length === 0) return;
		const index = pageIndex(context.graph);
		for (const link of links) {
			const anchors = index.anchors(link.path);
			// Unknown pages are unknown-page's; other pages add headings the model cannot list (the
			// link check of the built site, npm run check:links, covers those).
			if (!anchors?.complete || anchors.ids.has(link.anchor!)) continue;
			const suggestion = closest(link.anchor!, anchors.ids);
			context.report({
				file: link.entry.file,
				point: link.point,
				message: `ancre inconnue « #${link.anchor} » : la page ${link.path} n’a pas de titre à cette adresse`,
				hint: suggestion
					? `vouliez-vous dire « #${suggestion} » ? L’ancre d’un titre s’écrit en minuscules sans accent, les mots reliés par des tirets`
					: `titres de la page : ${[...anchors.ids].map((id) => `#${id}`).join(', ')}`,
			});
		}
	},
};
