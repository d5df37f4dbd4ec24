// A slide deck presented by trainers; the MDX body holds the slides.
import { z } from 'zod';
import { DerivedFromSchema, IdSchema, TextSchema, versioningFields } from './common.ts';

export const MinutesSchema = z
	.number({ error: 'une durée en minutes est attendue' })
	.positive({ error: 'la durée doit être positive' });

export const AgendaPartSchema = z.strictObject({
	title: TextSchema,
	minutes: MinutesSchema,
});

export const DeckSchema = z.strictObject({
	title: TextSchema,
	summary: TextSchema,
	/** Stated length of the session, in minutes; the agenda should add up to it. */
	minutes: MinutesSchema.optional(),
	agenda: z.array(AgendaPartSchema).default([]),
	modules: z.array(IdSchema).default([]),
	personas: z.array(IdSchema).default([]),
	...versioningFields,
	/** The chain of earlier versions this deck was adapted from, oldest first. */
	derivedFrom: z
		.union([DerivedFromSchema, z.array(DerivedFromSchema)])
		.transform((value) => (Array.isArray(value) ? value : [value]))
		.default([]),
	/** Whether this version was modified from the one it derives from. */
	modified: z.boolean().optional(),
});

export type AgendaPart = z.output<typeof AgendaPartSchema>;
export type Deck = z.output<typeof DeckSchema>;
export type DeckInput = z.input<typeof DeckSchema>;
