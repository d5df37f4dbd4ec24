// The module sheet: one training module of the catalogue.
import { z } from 'zod';
import {
	DerivedFromSchema,
	IdSchema,
	KeywordsSchema,
	TextListSchema,
	TextSchema,
	versioningFields,
} from './common.ts';

/** A prerequisite that is met by having followed any one of several modules. */
export const AnyOfPrerequisiteSchema = z.strictObject({
	anyOf: z.array(IdSchema).min(2, { error: 'il faut au moins deux modules pour un choix « anyOf »' }),
});

/** A competence, which a module of the catalogue can replace when given. */
export const TextPrerequisiteSchema = z.strictObject({
	text: TextSchema,
	orModule: IdSchema.optional(),
});

export const PrerequisiteSchema = z.union([IdSchema, AnyOfPrerequisiteSchema, TextPrerequisiteSchema], {
	error:
		'un prérequis est un identifiant de module, { anyOf: [module-a, module-b] } ou { text: "compétence", orModule: module }',
});

export const CompetencesSchema = z.strictObject({
	savoir: TextListSchema.default([]),
	savoirFaire: TextListSchema.default([]),
	savoirEtre: TextListSchema.default([]),
});

/** Display numbers are strings ("3", "10A"); a bare YAML number is accepted and kept as text. */
export const ModuleNumberSchema = z
	.union([z.string(), z.number()], { error: 'un numéro de module est attendu, par exemple "3" ou "10A"' })
	.transform((value) => String(value).trim())
	.pipe(z.string().regex(/^\d+[A-Z]?$/, { error: 'numéro invalide : un nombre suivi au plus d’une lettre majuscule, par exemple "10A"' }));

export const HoursSchema = z
	.number({ error: 'une durée en heures est attendue, par exemple 7 ou 3.5' })
	.positive({ error: 'la durée doit être positive' })
	.max(200, { error: 'durée invraisemblable (plus de 200 heures)' });

export const ParticipantsSchema = z
	.strictObject({
		min: z.int({ error: 'un nombre entier est attendu' }).positive().optional(),
		max: z.int({ error: 'un nombre entier est attendu' }).positive(),
	})
	.refine((p) => p.min === undefined || p.min <= p.max, {
		error: 'le minimum de participant·e·s dépasse le maximum',
		path: ['min'],
	});

export const ModuleSchema = z.strictObject({
	title: TextSchema,
	number: ModuleNumberSchema,
	section: IdSchema,
	summary: TextSchema,
	objectives: TextListSchema.min(1, { error: 'un module a au moins un objectif' }),
	prerequisites: z.array(PrerequisiteSchema).default([]),
	competences: CompetencesSchema.prefault({}),
	methods: TextListSchema.default([]),
	resources: TextListSchema.default([]),
	followUps: z.array(IdSchema).default([]),
	duration: HoursSchema.optional(),
	participants: ParticipantsSchema.optional(),
	keywords: KeywordsSchema,
	...versioningFields,
	/** The original this module was adapted from (filled by `npm run fork`). */
	derivedFrom: DerivedFromSchema.optional(),
	/** Whether this module was changed from its original: CC BY-SA asks to say so. */
	modified: z.boolean({ error: 'oui ou non : true ou false' }).optional(),
});

export type Prerequisite = z.output<typeof PrerequisiteSchema>;
export type Competences = z.output<typeof CompetencesSchema>;
export type Module = z.output<typeof ModuleSchema>;
export type ModuleInput = z.input<typeof ModuleSchema>;
