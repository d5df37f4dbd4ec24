// `unknown-page`: a link written in a content file to a page of the site (`/modules/x/`, `../x/`)
// leads to a page the site builds.
import { closest } from '../model/suggest.ts';
import { pageIndex } from '../site/page-index.ts';
import type { Rule } from './rule.ts';
import { siteLinks } from './support/site-links.ts';

/** A page next to the one wanted whose last segment is close to it: /modules/protegr/ → /modules/proteger/. */
function neighbourPage(path: string, paths: readonly string[]): string | undefined {
	const parent = path.replace(/[^/]+\/$/, '');
	const name = path.slice(parent.length, -1);
	const siblings = paths
		.filter((candidate) => candidate.length > parent.length && candidate.startsWith(parent))
		.map((candidate) => candidate.slice(parent.length, -1))
		.filter((segment) => !segment.includes('/'));
	const found = closest(name, siblings);
	return found ? `${parent}${found}/` : undefined;
}

export const unknownPage: Rule = {
	id: 'unknown-page',
	severity: 'error',
	description: 'Un lien vers une page du site (/modules/x/, ../x/) mène à une page que le site construit.',
	check(context) {
		const links = siteLinks(context.content);
		if (links.length === 0) return;
		const index = pageIndex(context.graph);
		for (const link of links) {
			if (index.has(link.path)) continue;
			const suggestion = neighbourPage(link.path, index.paths());
			context.report({
				file: link.entry.file,
				point: link.point,
				message: `lien vers une page inexistante « ${link.url} » : le site n’a pas de page à l’adresse ${link.path}`,
				hint: suggestion
					? `vouliez-vous dire ${suggestion} ? Pour citer un contenu, le plus sûr est une directive : :module[identifiant], :persona[identifiant]…`
					: 'pour citer un contenu, écrivez une directive (:module[identifiant], :persona[identifiant]…) : son lien suit le contenu',
			});
		}
	},
};
