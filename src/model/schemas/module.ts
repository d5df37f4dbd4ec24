// The module sheet: one training module of the catalogue.
import { z } from 'zod';
import { DerivedFromField, IdSchema, ModifiedField, KeywordsSchema, TextListSchema, TextSchema, versioningFields, TitleSchema, SummarySchema, SourcesSchema } from './common.ts';

/** A prerequisite that is met by having followed any one of several modules. */
export const AnyOfPrerequisiteSchema = z.strictObject({
	anyOf: z
		.array(IdSchema)
		.min(2, { error: 'il faut au moins deux modules pour un choix « anyOf »' })
		.meta({ title: 'un module au choix parmi plusieurs', example: 'anyOf: [module-a, module-b]' }),
});

/** A competence, which a module of the catalogue can replace when given. */
export const TextPrerequisiteSchema = z.strictObject({
	text: TextSchema.meta({ title: 'compétence attendue', example: 'text: Savoir naviguer sur internet' }),
	orModule: IdSchema.meta({ title: 'module qui remplace la compétence', example: 'orModule: identifiant-du-module' }).optional(),
});

export const PrerequisiteSchema = z.union([IdSchema, AnyOfPrerequisiteSchema, TextPrerequisiteSchema], {
	error:
		'un prérequis est un identifiant de module, { anyOf: [module-a, module-b] } ou { text: "compétence", orModule: module }',
});

export const CompetencesSchema = z.strictObject({
	savoir: TextListSchema.meta({ title: 'savoirs' }).default([]),
	savoirFaire: TextListSchema.meta({ title: 'savoir-faire' }).default([]),
	savoirEtre: TextListSchema.meta({ title: 'savoir-être' }).default([]),
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
		min: z.int({ error: 'un nombre entier est attendu' }).positive().meta({ title: 'nombre minimum', example: 'min: 4' }).optional(),
		max: z.int({ error: 'un nombre entier est attendu' }).positive().meta({ title: 'nombre maximum', example: 'max: 15' }),
	})
	.refine((p) => p.min === undefined || p.min <= p.max, {
		error: 'le minimum de participant·e·s dépasse le maximum',
		path: ['min'],
	});

export const ModuleSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre', example: 'title: Connaître les fondamentaux du numérique' }),
	number: ModuleNumberSchema.meta({ title: 'numéro affiché dans le catalogue', example: 'number: "10A"' }),
	section: IdSchema.meta({ title: 'section du catalogue', example: 'section: le-numerique' }),
	summary: SummarySchema.meta({ title: 'résumé en une ou deux phrases' }),
	objectives: TextListSchema.min(1, { error: 'un module a au moins un objectif' }).meta({
		title: 'objectifs',
		example: 'une ligne « - objectif » par objectif',
	}),
	prerequisites: z
		.array(PrerequisiteSchema)
		.meta({ title: 'prérequis', example: '« - identifiant-du-module », ou « - text: compétence »' })
		.default([]),
	competences: CompetencesSchema.meta({
		title: 'compétences visées',
		example: 'savoir, savoirFaire et savoirEtre, chacun une liste',
	}).prefault({}),
	methods: TextListSchema.meta({ title: 'méthodes' }).default([]),
	resources: TextListSchema.meta({ title: 'ressources' }).default([]),
	followUps: z
		.array(IdSchema)
		.meta({ title: 'prolongements possibles', example: 'une ligne « - identifiant-du-module » par module' })
		.default([]),
	duration: HoursSchema.meta({ title: 'durée en heures', example: 'duration: 7 (un nombre, sans « h »)' }).optional(),
	participants: ParticipantsSchema.meta({ title: 'taille du groupe', example: 'participants: { max: 15 }' }).optional(),
	keywords: KeywordsSchema,
	/** Dated sources of the institutional facts the sheet states. */
	sources: SourcesSchema,
	...versioningFields,
	/** The original this module was adapted from (filled by `npm run fork`). */
	derivedFrom: DerivedFromField.optional(),
	/** Whether this module was changed from its original: CC BY-SA asks to say so. */
	modified: ModifiedField.optional(),
});

export type Prerequisite = z.output<typeof PrerequisiteSchema>;
export type Competences = z.output<typeof CompetencesSchema>;
export type Module = z.output<typeof ModuleSchema>;
export type ModuleInput = z.input<typeof ModuleSchema>;
