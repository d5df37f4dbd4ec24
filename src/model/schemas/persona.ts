// A persona: a person in a situation, used in role plays and case studies.
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema } from './common.ts';

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
	accueil: TextListSchema.default([]),
	diagnostic: TextListSchema.default([]),
	accompagnement: TextListSchema.default([]),
	orientation: TextListSchema.default([]),
});

export const PersonaSchema = z.strictObject({
	/** How trainees call the person: "Jean", "M. Leblanc". */
	name: TextSchema,
	age: z.int({ error: 'un âge en années est attendu' }).positive().max(120).optional(),
	/** Where the person comes for help: mairie, CCAS, médiathèque… */
	place: TextSchema,
	/** One or two sentences: who they are and what brings them. */
	situation: TextSchema,
	equipment: TextListSchema.default([]),
	obstacles: z.array(z.enum(OBSTACLES)).default([]),
	frame: FrameSchema.prefault({}),
	modules: z.array(IdSchema).default([]),
	related: z.array(IdSchema).default([]),
	/** Where the situation comes from (a deck, a kit scenario). */
	source: TextSchema.optional(),
});

export type Obstacle = (typeof OBSTACLES)[number];
export type FrameStep = (typeof FRAME_STEPS)[number];
export type Persona = z.output<typeof PersonaSchema>;
export type PersonaInput = z.input<typeof PersonaSchema>;
