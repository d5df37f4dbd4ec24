// A section of the catalogue: a group of modules (Le numérique, L'accompagnement…).
import { z } from 'zod';
import { TextSchema, TitleSchema, SummarySchema } from './common.ts';

export const SectionSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre', example: 'title: Le numérique' }),
	/** Position of the section in the catalogue, from 1. */
	order: z.int({ error: 'un nombre entier est attendu pour l’ordre de la section' }).positive().meta({ title: 'position', example: 'order: 2' }),
	summary: SummarySchema.meta({ title: 'résumé en une ou deux phrases' }),
});

export type Section = z.output<typeof SectionSchema>;
export type SectionInput = z.input<typeof SectionSchema>;
