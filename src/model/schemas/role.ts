// A professional role: someone who meets the public and must know what they can do for them.
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema, TitleSchema } from './common.ts';

/** The three levels of help: doing for the person, doing with them, letting them do alone. */
export const HELP_LEVELS = ['faire-pour', 'faire-avec', 'faire-seul'] as const;

export const HELP_LEVEL_LABELS: Record<(typeof HELP_LEVELS)[number], string> = {
	'faire-pour': 'Faire pour',
	'faire-avec': 'Faire avec',
	'faire-seul': 'Faire seul',
};

export const RoleSchema = z.strictObject({
	name: TitleSchema.meta({ title: 'prénom', example: 'name: Clémence' }),
	age: z.int({ error: 'un âge en années est attendu' }).positive().max(120).meta({ title: 'âge', example: 'age: 45' }).optional(),
	/** The job title: "agent d'accueil en mairie". */
	job: TextSchema.meta({ title: 'métier', example: 'job: agent·e d’accueil en mairie' }),
	workplace: TextSchema.meta({ title: 'lieu de travail' }).optional(),
	can: TextListSchema.meta({ title: 'ce que la personne peut faire', example: 'une ligne « - action » par action' }).default([]),
	shouldNot: TextListSchema.meta({ title: 'ce que la personne ne doit pas faire', example: 'une ligne « - action » par action' }).default([]),
	levels: z.array(z.enum(HELP_LEVELS)).meta({ title: 'niveaux d’aide', example: 'levels: [faire-pour, faire-avec]' }).default([]),
	modules: z.array(IdSchema).meta({ title: 'modules qui y préparent', example: 'une ligne « - identifiant-du-module » par module', references: 'modules' }).default([]),
});

export type HelpLevel = (typeof HELP_LEVELS)[number];
export type Role = z.output<typeof RoleSchema>;
export type RoleInput = z.input<typeof RoleSchema>;
