// A persona: a person in a situation, used in role plays and case studies.
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema, TitleSchema, SourcesSchema } from './common.ts';

/** The kinds of obstacles the commons names (matériel, psychologique, compétences, langue, handicap). */
export const OBSTACLES = ['materiel', 'psychologique', 'competences', 'langue', 'handicap'] as const;

export const OBSTACLE_LABELS: Record<(typeof OBSTACLES)[number], string> = {
	materiel: 'Matériel',
	psychologique: 'Psychologique',
	competences: 'Compétences',
	langue: 'Langue',
	handicap: 'Handicap',
};

/** The four steps of an accompaniment, each asked as questions to trainees. */
export const FRAME_STEPS = ['accueil', 'diagnostic', 'accompagnement', 'orientation'] as const;

export const FRAME_STEP_LABELS: Record<(typeof FRAME_STEPS)[number], string> = {
	accueil: 'Accueil',
	diagnostic: 'Diagnostic',
	accompagnement: 'Accompagnement',
	orientation: 'Orientation',
};

export const FrameSchema = z.strictObject({
	accueil: TextListSchema.meta({ title: 'questions sur l’accueil' }).default([]),
	diagnostic: TextListSchema.meta({ title: 'questions sur le diagnostic' }).default([]),
	accompagnement: TextListSchema.meta({ title: 'questions sur l’accompagnement' }).default([]),
	orientation: TextListSchema.meta({ title: 'questions sur l’orientation' }).default([]),
});

/**
 * What the person running the role play needs and the participants must not see: the actions
 * expected at each of the four steps, the usual pitfalls, and the answers where facts exist.
 */
export const AnimationSchema = z.strictObject({
	expected: z
		.strictObject({
			accueil: TextListSchema.meta({ title: 'actions attendues à l’accueil' }).default([]),
			diagnostic: TextListSchema.meta({ title: 'actions attendues au diagnostic' }).default([]),
			accompagnement: TextListSchema.meta({ title: 'actions attendues pendant l’accompagnement' }).default([]),
			orientation: TextListSchema.meta({ title: 'actions attendues pour l’orientation' }).default([]),
		})
		.meta({ title: 'actions attendues', example: 'expected: { accueil: [« Reformuler la demande »], diagnostic: […] }' })
		.prefault({}),
	pitfalls: TextListSchema.meta({ title: 'pièges fréquents', example: 'pitfalls: [Faire la démarche à sa place sans mandat]' }).default([]),
	answers: TextListSchema.meta({ title: 'éléments de réponse', example: 'answers: [Le paiement en ligne est obligatoire au-delà de 300 €]' }).default([]),
});

export const PersonaSchema = z.strictObject({
	/** How trainees call the person: "Jean", "M. Leblanc". */
	name: TitleSchema.meta({ title: 'nom', example: 'name: Jean' }),
	age: z.int({ error: 'un âge en années est attendu' }).positive().max(120).meta({ title: 'âge', example: 'age: 72' }).optional(),
	/** Where the person comes for help: mairie, CCAS, médiathèque… */
	place: TextSchema.meta({ title: 'lieu où la personne se présente', example: 'place: mairie' }),
	/** One or two sentences: who they are and what brings them. */
	situation: TextSchema.meta({ title: 'situation' }),
	equipment: TextListSchema.meta({ title: 'équipement', example: 'une ligne « - équipement » par élément' }).default([]),
	obstacles: z
		.array(z.enum(OBSTACLES))
		.meta({ title: 'freins', example: `obstacles: [${OBSTACLES.slice(0, 2).join(', ')}]` })
		.default([]),
	frame: FrameSchema.meta({ title: 'les quatre temps', example: 'frame: { accueil: [« question ? »], diagnostic: […] }' }).prefault({}),
	modules: z.array(IdSchema).meta({ title: 'modules liés', example: 'une ligne « - identifiant-du-module » par module', references: 'modules' }).default([]),
	related: z.array(IdSchema).meta({ title: 'personas proches', example: 'une ligne « - identifiant » par persona', references: 'personas' }).default([]),
	/** For the facilitator only: shown on the trainer sheets, never on the persona's card or page. */
	animation: AnimationSchema.meta({
		title: 'notes pour l’animateur·rice',
		example: 'animation: { expected: { accueil: […] }, pitfalls: […], answers: […] }',
	}).optional(),
	/** Where the situation comes from (a deck, a kit scenario). */
	source: TextSchema.meta({ title: 'source' }).optional(),
	/** Dated sources of the institutional facts the situation relies on. */
	sources: SourcesSchema,
});

export type Obstacle = (typeof OBSTACLES)[number];
export type FrameStep = (typeof FRAME_STEPS)[number];
export type Animation = z.output<typeof AnimationSchema>;
export type Persona = z.output<typeof PersonaSchema>;
export type PersonaInput = z.input<typeof PersonaSchema>;
