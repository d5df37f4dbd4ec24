// The kit's classifications as data: mediation categories with their types, and structure types
// grouped by family. Both are lists of named kinds that directory entries refer to by id.
import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

/** One kind of mediation (or of structure): an id other files cite, a label and what it means. */
export const KindSchema = z.strictObject({
	id: IdSchema,
	label: TextSchema,
	definition: TextSchema.optional(),
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
	title: TextSchema,
	/** Position of the category in tables and in the directory, from 1. */
	order: z.int().positive().default(1),
	summary: TextSchema,
	types: z.array(KindSchema).min(1, { error: 'une catégorie compte au moins un type de médiation' }).superRefine(uniqueIds),
});

/** content/types-structures/<family>.yaml: a family of structures (public services, associations…). */
export const StructureFamilySchema = z.strictObject({
	title: TextSchema,
	order: z.int().positive().default(1),
	summary: TextSchema.optional(),
	types: z.array(KindSchema).min(1, { error: 'une famille compte au moins un type de structure' }).superRefine(uniqueIds),
});

export type Kind = z.output<typeof KindSchema>;
export type MediationCategory = z.output<typeof MediationCategorySchema>;
export type StructureFamily = z.output<typeof StructureFamilySchema>;
