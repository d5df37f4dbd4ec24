// A professional role: someone who meets the public and must know what they can do for them.
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema } from './common.ts';

/** The three levels of help: doing for the person, doing with them, letting them do alone. */
export const HELP_LEVELS = ['faire-pour', 'faire-avec', 'faire-seul'] as const;

export const HELP_LEVEL_LABELS: Record<(typeof HELP_LEVELS)[number], string> = {
	'faire-pour': 'Faire pour',
	'faire-avec': 'Faire avec',
	'faire-seul': 'Faire seul',
};

export const RoleSchema = z.strictObject({
	name: TextSchema,
	age: z.int({ error: 'un âge en années est attendu' }).positive().max(120).optional(),
	/** The job title: "agent d'accueil en mairie". */
	job: TextSchema,
	workplace: TextSchema.optional(),
	can: TextListSchema.default([]),
	shouldNot: TextListSchema.default([]),
	levels: z.array(z.enum(HELP_LEVELS)).default([]),
	modules: z.array(IdSchema).default([]),
});

export type HelpLevel = (typeof HELP_LEVELS)[number];
export type Role = z.output<typeof RoleSchema>;
export type RoleInput = z.input<typeof RoleSchema>;
