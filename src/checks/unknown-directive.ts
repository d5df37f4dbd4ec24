// `unknown-directive`: a directive whose name is a typo of one of ours (:modul[…] for :module[…]),
// which the site would show as plain text. Colons in French text (10:30, 16:9) are not directives.
import { BLOCK_DIRECTIVES, collectDirectives, looksLikeDirective } from '../markdown/directives.ts';
import { REFERENCE_DIRECTIVES } from '../model/collections.ts';
import { closest, editDistance } from '../model/suggest.ts';
import type { Rule } from './rule.ts';
import { markdownFiles } from './support/markdown-files.ts';
import { offsetOf } from './support/places.ts';

const KNOWN = new Set<string>([...Object.keys(REFERENCE_DIRECTIVES), ...BLOCK_DIRECTIVES]);

const COLONS = { text: ':', leaf: '::', container: ':::' } as const;

/**
 * Stricter than a did-you-mean: other tools' directives such as :kbd[Ctrl] must not be taken for
 * ours (:kit). One slip for a short name, two for a longer one, or a name cut short (:modul).
 */
function isTypo(name: string, suggestion: string): boolean {
	const written = name.toLowerCase();
	if (suggestion.startsWith(written) && written.length >= 3) return true;
	return editDistance(written, suggestion) <= (suggestion.length <= 4 ? 1 : 2);
}

export const unknownDirective: Rule = {
	id: 'unknown-directive',
	severity: 'error',
	description: 'Une directive ressemblant à l’une des nôtres (:modul[…] pour :module[…]) est bien orthographiée.',
	check(context) {
		for (const { file, source, tree } of markdownFiles(context.content)) {
			for (const directive of collectDirectives(tree)) {
				if (KNOWN.has(directive.name)) continue;
				// A text directive only counts with a [label]: "pause:café" or "10:30" is prose.
				const labelled = source.text[offsetOf(source, directive.point) + directive.name.length + 1] === '[';
				if (!looksLikeDirective(directive.name, directive.kind !== 'text' || labelled)) continue;
				const suggestion = closest(directive.name, KNOWN);
				if (!suggestion || !isTypo(directive.name, suggestion)) continue;
				const colons = COLONS[directive.kind];
				context.report({
					file,
					point: directive.point,
					message: `directive inconnue « ${colons}${directive.name} »`,
					hint: `vouliez-vous dire « ${colons}${suggestion} » ?`,
				});
			}
		}
	},
};
