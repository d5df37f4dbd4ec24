// A glossary term, one per file, referenced from anywhere with :term[id].
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema } from './common.ts';

export const TermSourceSchema = z.strictObject({
	title: TextSchema,
	author: TextSchema.optional(),
	year: z.int().optional(),
	url: z.url({ error: 'adresse web invalide' }).optional(),
});

export const TermSchema = z.strictObject({
	term: TextSchema,
	aliases: TextListSchema.default([]),
	/** One or two sentences; the body may say more. */
	definition: TextSchema,
	source: TermSourceSchema,
	related: z.array(IdSchema).default([]),
	modules: z.array(IdSchema).default([]),
});

export type Term = z.output<typeof TermSchema>;
export type TermInput = z.input<typeof TermSchema>;
