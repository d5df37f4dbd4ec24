// The kit's classifications as data: mediation categories with their types, and structure types
// grouped by family. Both are lists of named kinds that directory entries refer to by id.
import { Service, Typologie } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { z } from 'zod';
import { IdSchema, TextSchema, TitleSchema, SummarySchema } from './common.ts';

/** The services of the national data standard of digital mediation places (« services »). */
export const NATIONAL_SERVICES = Object.values(Service) as [Service, ...Service[]];
/** The structure types of the national data standard (« typologie »), as its library lists them. */
export const NATIONAL_TYPOLOGIES = Object.values(Typologie) as [Typologie, ...Typologie[]];

/** One kind of mediation (or of structure): an id other files cite, a label and what it means. */
export const KindSchema = z.strictObject({
	id: IdSchema.meta({ title: 'identifiant', example: 'id: atelier-competences' }),
	label: TextSchema.meta({ title: 'libellé' }),
	definition: TextSchema.meta({ title: 'définition' }).optional(),
});

/**
 * A type of mediation, with the service of the national standard (« standard de données des lieux
 * de médiation numérique ») it corresponds to: `npm run repertoire -- export --standard` writes it,
 * `import --standard` reads it back to this type.
 */
export const MediationKindSchema = KindSchema.extend({
	service: z
		.enum(NATIONAL_SERVICES, { error: `un service du standard national est attendu : ${NATIONAL_SERVICES.map((service) => `« ${service} »`).join(', ')}` })
		.meta({ title: 'service du standard national', example: 'service: Aide aux démarches administratives' })
		.optional(),
});

/** A type of structure, with its code in the national standard's typology (« typologie »). */
export const StructureKindSchema = KindSchema.extend({
	typologie: z
		.enum(NATIONAL_TYPOLOGIES, { error: 'un code de la typologie du standard national est attendu, par exemple BIB, CCAS, ASSO ou MSAP (liste dans CONTRIBUTING.md, « Le répertoire au standard national »)' })
		.meta({ title: 'typologie du standard national', example: 'typologie: BIB' })
		.optional(),
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
		.array(MediationKindSchema)
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
		.array(StructureKindSchema)
		.min(1, { error: 'une famille compte au moins un type de structure' })
		.superRefine(uniqueIds)
		.meta({ title: 'types de structures', example: '- { id: identifiant, label: Libellé }' }),
});

export type Kind = z.output<typeof KindSchema>;
export type MediationKind = z.output<typeof MediationKindSchema>;
export type StructureKind = z.output<typeof StructureKindSchema>;
export type MediationCategory = z.output<typeof MediationCategorySchema>;
export type StructureFamily = z.output<typeof StructureFamilySchema>;
