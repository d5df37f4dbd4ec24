// The rules behind `unknown-mediation-type` and `unknown-structure-type`: each type a place of the
// directory names is declared in the typology, with a did-you-mean when it is a close typo or a label.
import { posix } from 'node:path';
import type { ContentGraph } from '../../model/graph.ts';
import type { Entry, LoadedEntry } from '../../model/load.ts';
import { suggestKind } from '../../model/typology.ts';
import type { Kind } from '../../model/schemas/index.ts';
import type { Rule } from '../rule.ts';

interface KindRule {
	id: string;
	description: string;
	/** How messages name one type: "type de médiation". */
	noun: string;
	folder: string;
	kinds(graph: ContentGraph): Map<string, Kind>;
	/** The ids a place names, with their path in the file. */
	cited(place: Entry<'repertoire'>): { id: string; path: (string | number)[] }[];
}

export function unknownKindRule(spec: KindRule): Rule {
	return {
		id: spec.id,
		severity: 'error',
		description: spec.description,
		check(context) {
			const kinds = spec.kinds(context.graph);
			const folder = posix.join(context.content.contentDir, spec.folder);
			for (const entry of context.content.entries) {
				if (entry.collection !== 'repertoire') continue;
				const place = entry as LoadedEntry<'repertoire'>;
				for (const { id, path } of spec.cited(place)) {
					if (kinds.has(id)) continue;
					const suggestion = suggestKind(id, kinds);
					context.report({
						file: place.file,
						point: context.at(place, path),
						message: `${spec.noun} inconnu « ${id} »`,
						hint: suggestion
							? `vouliez-vous dire « ${suggestion} » ?`
							: kinds.size === 0
								? `aucun ${spec.noun} n’est déclaré : ajoutez-en dans ${folder}/`
								: `utilisez l’identifiant d’un ${spec.noun} déclaré dans ${folder}/ (par exemple « ${[...kinds.keys()][0]} »)`,
					});
				}
			}
		},
	};
}
