// A learning path: an ordered choice of modules answering the needs of one audience.
import { z } from 'zod';
import { computedField, IdSchema, TextListSchema, TextSchema, versioningFields, TitleSchema, SummarySchema } from './common.ts';

const ParcoursStepObjectSchema = z.strictObject({
	module: IdSchema.meta({ title: 'module', example: 'module: identifiant-du-module', references: 'modules' }),
	note: TextSchema.meta({ title: 'pourquoi ce module est dans le parcours' }).optional(),
});

export const ParcoursStepSchema = z
	.union([IdSchema, ParcoursStepObjectSchema], {
		error: 'une étape est un identifiant de module, ou { module: identifiant, note: "…" }',
	})
	.transform((step) => (typeof step === 'string' ? { module: step } : step))
	// The shape once read, for the export's JSON Schema (src/open-data/json-schema.ts).
	.pipe(ParcoursStepObjectSchema);

export const ParcoursSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre', example: 'title: Accueil du public et démarches en ligne' }),
	summary: SummarySchema.meta({ title: 'résumé en une ou deux phrases' }),
	/** Who the path is for, e.g. "travailleuses et travailleurs sociaux". */
	audience: TextSchema.meta({ title: 'public visé', example: 'audience: Agent·e·s d’accueil des mairies' }),
	/** The needs found during the diagnosis, that the path answers. */
	needs: TextListSchema.meta({ title: 'besoins repérés', example: 'une ligne « - besoin » par besoin' }).default([]),
	steps: z
		.array(ParcoursStepSchema)
		.min(1, { error: 'un parcours a au moins une étape' })
		.meta({ title: 'étapes', example: 'une ligne « - identifiant-du-module » par étape' }),
	personas: z.array(IdSchema).meta({ title: 'personas qui l’illustrent', example: 'une ligne « - identifiant » par persona', references: 'personas' }).default([]),
	/** The total is the sum of the steps' durations: a typed one would drift from them. */
	duration: computedField(
		'la durée d’un parcours est calculée à partir de celle de ses modules : elle ne s’écrit pas',
		'retirez la ligne « duration » ; le site additionne la durée (« duration ») de chaque module des étapes',
	),
	...versioningFields,
});

export type ParcoursStep = z.output<typeof ParcoursStepSchema>;
export type Parcours = z.output<typeof ParcoursSchema>;
export type ParcoursInput = z.input<typeof ParcoursSchema>;
