// The kit's classifications as data: mediation categories with their types, and structure types
// grouped by family. Both are lists of named kinds that directory entries refer to by id.
import { z } from 'zod';
import { IdSchema, TextSchema, TitleSchema, SummarySchema } from './common.ts';

/** One kind of mediation (or of structure): an id other files cite, a label and what it means. */
export const KindSchema = z.strictObject({
	id: IdSchema.meta({ title: 'identifiant', example: 'id: atelier-competences' }),
	label: TextSchema.meta({ title: 'libellé' }),
	definition: TextSchema.meta({ title: 'définition' }).optional(),
});

function uniqueIds(types: readonly { id: string }[], ctx: z.RefinementCtx) {
	const seen = new Set<string>();
	types.forEach((type, index) => {
		if (seen.has(type.id))
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: `l’identifiant « ${type.id} » figure deux fois dans la liste`,
				params: { hint: 'donnez à chaque type un identifiant différent' },
			});
		seen.add(type.id);
	});
}

/** content/typologie/<category>.yaml: a mediation category and the types of mediation in it. */
export const MediationCategorySchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre' }),
	/** Position of the category in tables and in the directory, from 1. */
	order: z.int().positive().meta({ title: 'position', example: 'order: 2' }).default(1),
	summary: SummarySchema.meta({ title: 'résumé' }),
	types: z
		.array(KindSchema)
		.min(1, { error: 'une catégorie compte au moins un type de médiation' })
		.superRefine(uniqueIds)
		.meta({ title: 'types de médiation', example: '- { id: identifiant, label: Libellé, definition: "…" }' }),
});

/** content/types-structures/<family>.yaml: a family of structures (public services, associations…). */
export const StructureFamilySchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre' }),
	order: z.int().positive().meta({ title: 'position', example: 'order: 2' }).default(1),
	summary: SummarySchema.meta({ title: 'résumé' }).optional(),
	types: z
		.array(KindSchema)
		.min(1, { error: 'une famille compte au moins un type de structure' })
		.superRefine(uniqueIds)
		.meta({ title: 'types de structures', example: '- { id: identifiant, label: Libellé }' }),
});

export type Kind = z.output<typeof KindSchema>;
export type MediationCategory = z.output<typeof MediationCategorySchema>;
export type StructureFamily = z.output<typeof StructureFamilySchema>;
