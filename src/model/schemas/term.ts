// A glossary term, one per file, referenced from anywhere with :term[id].
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema, UrlSchema, TitleSchema, SourcesSchema } from './common.ts';

export const TermSourceSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre de la source' }),
	author: TextSchema.meta({ title: 'autrice ou auteur' }).optional(),
	year: z.int().meta({ title: 'année', example: 'year: 2024' }).optional(),
	url: UrlSchema.optional(),
});

export const TermSchema = z.strictObject({
	term: TextSchema.meta({ title: 'terme', example: 'term: Médiation numérique' }),
	aliases: TextListSchema.meta({ title: 'autres noms du terme', example: 'aliases: [RGPD]' }).default([]),
	/** One or two sentences; the body may say more. */
	definition: TextSchema.meta({ title: 'définition' }),
	source: TermSourceSchema.meta({ title: 'source', example: 'source: { title: "…", author: "…", year: 2024 }' }),
	related: z.array(IdSchema).meta({ title: 'termes liés', example: 'une ligne « - identifiant » par terme', references: 'glossaire' }).default([]),
	modules: z.array(IdSchema).meta({ title: 'modules qui en parlent', example: 'une ligne « - identifiant-du-module » par module', references: 'modules' }).default([]),
	/** Dated sources of what the term says about a scheme or an institution today. */
	sources: SourcesSchema,
});

export type Term = z.output<typeof TermSchema>;
export type TermInput = z.input<typeof TermSchema>;
