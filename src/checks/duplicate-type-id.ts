// `duplicate-type-id`: a mediation type (or a structure type) is declared by one file only, so that
// a place of the directory that cites it is filed under one category.
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';

export const duplicateTypeId: Rule = {
	id: 'duplicate-type-id',
	severity: 'error',
	description: 'Chaque type de médiation et chaque type de structure n’est déclaré qu’une fois, dans une seule catégorie.',
	check(context) {
		for (const collection of ['typologie', 'structures'] as const) {
			const first = new Map<string, { file: string; line: number; column: number; group: string }>();
			const groups = context.content.entries
				.filter((entry): entry is LoadedEntry<typeof collection> => entry.collection === collection)
				.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
			for (const group of groups) {
				group.data.types.forEach((type, index) => {
					const point = context.at(group, ['types', index, 'id']);
					const earlier = first.get(type.id);
					if (!earlier) {
						first.set(type.id, { file: group.file, ...point, group: group.data.title });
						return;
					}
					if (earlier.file === group.file) return; // the schema already reports a repeat inside one file
					context.report({
						file: group.file,
						point,
						message: `le type « ${type.id} » est déjà déclaré dans « ${earlier.group} »`,
						hint: 'gardez-le dans une seule catégorie, ou donnez-lui un autre identifiant',
						related: [{ file: earlier.file, line: earlier.line, column: earlier.column, message: 'première déclaration' }],
					});
				});
			}
		}
	},
};
