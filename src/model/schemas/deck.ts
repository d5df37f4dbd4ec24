// A slide deck presented by trainers; the MDX body holds the slides.
import { z } from 'zod';
import { DerivedFromSchema, IdSchema, readShape, ModifiedField, TextSchema, versioningFields, TitleSchema, SummarySchema, SourcesSchema } from './common.ts';

export const MinutesSchema = z
	.number({ error: 'une durée en minutes est attendue' })
	.positive({ error: 'la durée doit être positive' });

export const AgendaPartSchema = z.strictObject({
	title: TextSchema.meta({ title: 'titre de la partie', example: 'title: Accueil' }),
	minutes: MinutesSchema.meta({ title: 'durée en minutes', example: 'minutes: 45' }),
});

export const DeckSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre', example: 'title: Café numérique' }),
	summary: SummarySchema.meta({ title: 'résumé en une phrase' }),
	/** Stated length of the session, in minutes; the agenda should add up to it. */
	minutes: MinutesSchema.meta({ title: 'durée de la séance en minutes', example: 'minutes: 420' }).optional(),
	agenda: z.array(AgendaPartSchema).meta({ title: 'programme', example: '- { title: Accueil, minutes: 30 }' }).default([]),
	modules: z.array(IdSchema).meta({ title: 'modules liés', example: 'une ligne « - identifiant-du-module » par module', references: 'modules' }).default([]),
	personas: z.array(IdSchema).meta({ title: 'personas utilisées', example: 'une ligne « - identifiant » par persona', references: 'personas' }).default([]),
	/** Dated sources of the institutional facts the slides state. */
	sources: SourcesSchema,
	...versioningFields,
	/** The chain of earlier versions this deck was adapted from, oldest first. */
	derivedFrom: z
		.union([DerivedFromSchema, z.array(DerivedFromSchema)])
		.transform((value) => (Array.isArray(value) ? value : [value]))
		.pipe(readShape(z.array(DerivedFromSchema)))
		.meta({ title: 'versions d’origine', example: '- { source: Nom de la structure, version: 1.0.0 }' })
		.default([]),
	/** Whether this version was modified from the one it derives from. */
	modified: ModifiedField.optional(),
});

export type AgendaPart = z.output<typeof AgendaPartSchema>;
export type Deck = z.output<typeof DeckSchema>;
export type DeckInput = z.input<typeof DeckSchema>;
