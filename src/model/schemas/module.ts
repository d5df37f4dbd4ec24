// The module sheet: one training module of the catalogue.
import { z } from 'zod';
import { DerivedFromField, IdSchema, ModifiedField, KeywordsSchema, TextListSchema, TextSchema, versioningFields, TitleSchema, SummarySchema, SourcesSchema } from './common.ts';
import { classificationFields, practicalFields } from './training.ts';
import { FRAMEWORK_IDS } from '../frameworks/index.ts';

/** A prerequisite that is met by having followed any one of several modules. */
export const AnyOfPrerequisiteSchema = z.strictObject({
	anyOf: z
		.array(IdSchema)
		.min(2, { error: 'il faut au moins deux modules pour un choix « anyOf »' })
		.meta({ title: 'un module au choix parmi plusieurs', example: 'anyOf: [module-a, module-b]', references: 'modules' }),
});

/**
 * A competence, which a module of the catalogue can replace when given (`orModule`), or any one of
 * several modules (`orModules`): « savoir animer une médiation, sinon le module 7 ou le module 8 ».
 */
export const TextPrerequisiteSchema = z
	.strictObject({
		text: TextSchema.meta({ title: 'compétence attendue', example: 'text: Savoir naviguer sur internet' }),
		orModule: IdSchema.meta({ title: 'module qui remplace la compétence', example: 'orModule: identifiant-du-module', references: 'modules' }).optional(),
		orModules: z
			.array(IdSchema)
			.min(2, { error: 'il faut au moins deux modules pour un choix « orModules » (un seul : « orModule »)' })
			.meta({ title: 'modules dont un seul remplace la compétence', example: 'orModules: [module-a, module-b]', references: 'modules' })
			.optional(),
	})
	.refine((prerequisite) => prerequisite.orModule === undefined || prerequisite.orModules === undefined, {
		error: 'un prérequis a « orModule » (un module) ou « orModules » (plusieurs au choix), pas les deux',
		path: ['orModules'],
	});

export const PrerequisiteSchema = z.union([IdSchema, AnyOfPrerequisiteSchema, TextPrerequisiteSchema], {
	error:
		'un prérequis est un identifiant de module, { anyOf: [module-a, module-b] } ou { text: "compétence", orModule: module } (ou orModules: [module-a, module-b])',
});

/** An objective, and how the trainer checks it was reached. */
const ObjectiveObjectSchema = z.strictObject({
	text: TextSchema.meta({ title: 'objectif', example: 'text: Repérer un courriel d’hameçonnage' }),
	assessedBy: TextSchema.meta({
		title: 'comment l’objectif est évalué',
		example: 'assessedBy: Quiz de fin de module, questions 1 à 4',
	}).optional(),
});

export const ObjectiveSchema = z
	.union([TextSchema, ObjectiveObjectSchema], {
		error: 'un objectif est un texte, ou { text: "objectif", assessedBy: "comment il est évalué" }',
	})
	.transform((objective) => (typeof objective === 'string' ? { text: objective } : objective))
	// The shape once read, for the export's JSON Schema (src/open-data/json-schema.ts).
	.pipe(ObjectiveObjectSchema);

/** "aidants-numeriques/2" (the second quiz of the deck) or "aidants-numeriques/mandat" (the quiz written :::quiz{#mandat}). */
export const QUIZ_REFERENCE_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const QuizReferenceSchema = z
	.string({ error: 'un quiz se désigne par « support/numéro », par exemple aidants-numeriques/2' })
	.regex(QUIZ_REFERENCE_PATTERN, {
		error: 'un quiz se désigne par « support/numéro » ou « support/identifiant », par exemple aidants-numeriques/2',
	});

/** One moment of evaluation: what is done, with the questionnaire or quiz it uses. */
const EvaluationItemObjectSchema = z.strictObject({
	text: TextSchema.meta({ title: 'ce qui est fait', example: 'text: Quiz de dix questions en fin de journée' }),
	questionnaire: IdSchema.meta({ title: 'questionnaire utilisé', example: 'questionnaire: identifiant-du-questionnaire', references: 'questionnaires' }).optional(),
	quiz: QuizReferenceSchema.meta({ title: 'quiz utilisé', example: 'quiz: aidants-numeriques/2' }).optional(),
});

export const EvaluationItemSchema = z
	.union([TextSchema, EvaluationItemObjectSchema], {
		error: 'une évaluation est un texte, ou { text: "…", questionnaire: identifiant } ou { text: "…", quiz: support/numéro }',
	})
	.transform((item) => (typeof item === 'string' ? { text: item } : item))
	.pipe(EvaluationItemObjectSchema);

/** The four moments of evaluation of a training. */
export const EVALUATION_MOMENTS = ['positioning', 'formative', 'summative', 'satisfaction'] as const;

export const EVALUATION_LABELS: Record<(typeof EVALUATION_MOMENTS)[number], string> = {
	positioning: 'Avant : positionnement',
	formative: 'Pendant : évaluation formative',
	summative: 'À la fin : évaluation des acquis',
	satisfaction: 'Après : satisfaction',
};

export const EvaluationSchema = z.strictObject({
	positioning: EvaluationItemSchema.meta({ title: 'positionnement (avant)', example: 'positioning: Questionnaire envoyé à l’inscription' }).optional(),
	formative: EvaluationItemSchema.meta({ title: 'évaluation formative (pendant)', example: 'formative: Mise en situation observée' }).optional(),
	summative: EvaluationItemSchema.meta({ title: 'évaluation des acquis (à la fin)', example: 'summative: { text: Quiz final, quiz: support/2 }' }).optional(),
	satisfaction: EvaluationItemSchema.meta({ title: 'satisfaction (après)', example: 'satisfaction: Questionnaire de satisfaction à chaud' }).optional(),
});

/** A running order longer than this is a mistake, not a training day. */
export const MAX_STEPS = 80;

/** One step of the running order. */
export const SequenceStepSchema = z
	.strictObject({
		title: TitleSchema.meta({ title: 'titre de l’étape', example: 'title: Accueil et tour de table' }),
		minutes: z
			.int({ error: 'une durée en minutes est attendue (un nombre entier)' })
			.positive({ error: 'la durée doit être positive' })
			.max(600, { error: 'durée invraisemblable pour une étape (plus de 10 heures)' })
			.meta({ title: 'durée en minutes', example: 'minutes: 20' }),
		method: TextSchema.meta({ title: 'méthode', example: 'method: Étude de cas en petits groupes' }).optional(),
		materials: TextListSchema.meta({ title: 'matériel', example: 'materials: [Vidéoprojecteur, Post-it]' }).default([]),
		objectives: z
			.array(z.int({ error: 'un numéro d’objectif est attendu (1 pour le premier)' }).positive({ error: 'les objectifs se numérotent à partir de 1' }))
			.meta({ title: 'objectifs servis (numéros)', example: 'objectives: [1, 3]' })
			.default([]),
		persona: IdSchema.meta({ title: 'persona utilisée', example: 'persona: jean', references: 'personas' }).optional(),
		deck: IdSchema.meta({ title: 'support utilisé', example: 'deck: aidants-numeriques', references: 'decks' }).optional(),
		quiz: QuizReferenceSchema.meta({ title: 'quiz utilisé', example: 'quiz: aidants-numeriques/2' }).optional(),
		/** A meal break: shown on the clock, outside the training time. */
		break: z.boolean({ error: 'oui ou non : true ou false' }).meta({ title: 'pause hors temps de formation', example: 'break: true' }).default(false),
	})
	.superRefine((step, ctx) => {
		if (!step.break && step.method === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['title'],
				message: `l’étape « ${step.title} » ne dit pas sa méthode`,
				params: { hint: 'ajoutez par exemple « method: Apport illustré » ; une pause repas s’écrit « break: true »' },
			});
		}
	});

export const RequirementsSchema = z.strictObject({
	room: TextSchema.meta({ title: 'salle', example: 'room: Une salle de 15 places, tables en îlots' }).optional(),
	equipment: TextListSchema.meta({ title: 'matériel', example: 'equipment: [Un ordinateur par binôme, Vidéoprojecteur]' }).default([]),
	connection: TextSchema.meta({ title: 'connexion', example: 'connection: Wi-Fi pour tout le groupe' }).optional(),
});

/** A competence code of a framework: "4.2". YAML reads 4.2 as a number; both are accepted. */
export const CompetenceCodeSchema = z
	.union([z.string(), z.number()], { error: 'un code de compétence est attendu, par exemple 4.2' })
	.transform((code) => String(code).trim())
	.pipe(z.string());

export const FrameworksSchema = z.strictObject(
	Object.fromEntries(
		FRAMEWORK_IDS.map((id) => [
			id,
			z
				.array(CompetenceCodeSchema)
				.meta({ title: id === 'crcn' ? 'compétences du CRCN (Pix)' : 'compétences de DigComp 2.2', example: `${id}: [4.1, 4.2]` })
				.default([]),
		]),
	) as Record<(typeof FRAMEWORK_IDS)[number], z.ZodDefault<z.ZodArray<typeof CompetenceCodeSchema>>>,
);

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

/** What fits on one line of the sidebar after the module's number. */
export const SHORT_TITLE_LENGTH = 40;

export const ModuleSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre', example: 'title: Connaître les fondamentaux du numérique' }),
	/** A few words for the menu and the map, where the full title would take five lines. */
	shortTitle: TextSchema.max(SHORT_TITLE_LENGTH, {
		error: `titre court trop long : au plus ${SHORT_TITLE_LENGTH} caractères, le menu n’en montre pas plus sur une ligne`,
	})
		.meta({ title: 'titre court', example: 'shortTitle: Fondamentaux du numérique' })
		.optional(),
	number: ModuleNumberSchema.meta({ title: 'numéro affiché dans le catalogue', example: 'number: "10A"' }),
	section: IdSchema.meta({ title: 'section du catalogue', example: 'section: le-numerique', references: 'sections' }),
	summary: SummarySchema.meta({ title: 'résumé en une ou deux phrases' }),
	/** Who the module is for (« publics visés »). */
	audience: TextSchema.meta({ title: 'publics visés', example: 'audience: Travailleur·euse·s sociaux·ales et agent·e·s d’accueil' }).optional(),
	objectives: z
		.array(ObjectiveSchema, { error: 'une liste est attendue (lignes commençant par « - »)' })
		.min(1, { error: 'un module a au moins un objectif' })
		.meta({
			title: 'objectifs',
			example: 'une ligne « - objectif » par objectif, ou « - { text: objectif, assessedBy: comment il est évalué } »',
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
		.meta({ title: 'prolongements possibles', example: 'une ligne « - identifiant-du-module » par module', references: 'modules' })
		.default([]),
	duration: HoursSchema.meta({ title: 'durée en heures', example: 'duration: 7 (un nombre, sans « h »)' }).optional(),
	participants: ParticipantsSchema.meta({ title: 'taille du groupe', example: 'participants: { max: 15 }' }).optional(),
	requirements: RequirementsSchema.meta({
		title: 'salle, matériel et connexion',
		example: 'requirements: { room: …, equipment: [Vidéoprojecteur], connection: … }',
	}).optional(),
	/** The running order: what happens in which minute. */
	sequence: z
		.array(SequenceStepSchema)
		.max(MAX_STEPS, { error: `au plus ${MAX_STEPS} étapes dans un déroulé` })
		.meta({ title: 'déroulé', example: '- { title: Accueil, minutes: 20, method: Tour de table }' })
		.default([]),
	evaluation: EvaluationSchema.meta({
		title: 'modalités d’évaluation',
		example: 'evaluation: { positioning: …, formative: …, summative: …, satisfaction: … }',
	}).optional(),
	frameworks: FrameworksSchema.meta({ title: 'référentiels de compétences', example: 'frameworks: { crcn: [4.2], digcomp: [4.2] }' }).prefault({}),
	...practicalFields,
	...classificationFields,
	keywords: KeywordsSchema,
	/** Dated sources of the institutional facts the sheet states. */
	sources: SourcesSchema,
	...versioningFields,
	/** The original this module was adapted from (filled by `npm run fork`). */
	derivedFrom: DerivedFromField.optional(),
	/** Whether this module was changed from its original: CC BY-SA asks to say so. */
	modified: ModifiedField.optional(),
}).superRefine((module, ctx) => {
	// A step names the objectives it serves by their number: each must exist.
	module.sequence.forEach((step, index) =>
		step.objectives.forEach((number, position) => {
			if (number > module.objectives.length)
				ctx.addIssue({
					code: 'custom',
					path: ['sequence', index, 'objectives', position],
					message: `l’étape « ${step.title} » sert l’objectif ${number}, mais le module n’en a que ${module.objectives.length}`,
					params: { hint: 'les objectifs se comptent dans l’ordre de « objectives », à partir de 1' },
				});
		}),
	);
});

export type Objective = z.output<typeof ObjectiveSchema>;
export type EvaluationItem = z.output<typeof EvaluationItemSchema>;
export type EvaluationMoment = (typeof EVALUATION_MOMENTS)[number];
export type Evaluation = z.output<typeof EvaluationSchema>;
export type SequenceStep = z.output<typeof SequenceStepSchema>;
export type Requirements = z.output<typeof RequirementsSchema>;
export type Prerequisite = z.output<typeof PrerequisiteSchema>;
export type Competences = z.output<typeof CompetencesSchema>;
export type Module = z.output<typeof ModuleSchema>;
export type ModuleInput = z.input<typeof ModuleSchema>;
