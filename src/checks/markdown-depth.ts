// `markdown-depth`: quotes and lists nest at most MAX_MARKDOWN_DEPTH levels in a content file:
// deeper nesting is a mistake, and slows the check and the build down for every page.
import { MAX_MARKDOWN_DEPTH, tooDeep } from '../markdown/depth.ts';
import type { Rule } from './rule.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { nodeStart, pointAtOffset } from './support/places.ts';

export const markdownDepth: Rule = {
	id: 'markdown-depth',
	severity: 'error',
	description: `Les citations (« > ») et les listes d’un contenu s’imbriquent sur ${MAX_MARKDOWN_DEPTH} niveaux au plus.`,
	check(context) {
		for (const { file, source, tree } of markdownFiles(context.content)) {
			// A file cannot nest deeper than it has quotes and lists: most files are not walked again.
			if (nodesOf(tree, 'blockquote', 'list').length <= MAX_MARKDOWN_DEPTH) continue;
			const found = tooDeep(tree);
			if (!found) continue;
			context.report({
				file,
				point: pointAtOffset(source, nodeStart(source, found.node)),
				message: `citations ou listes imbriquées sur plus de ${MAX_MARKDOWN_DEPTH} niveaux`,
				hint: 'un texte de formation n’a besoin que de quelques niveaux : retirez les « > » ou l’indentation en trop',
			});
		}
	},
};
