// A page of the catalogue's front matter: presentation, teaching approach, organisation…
import { z } from 'zod';
import { TextSchema } from './common.ts';

export const CataloguePageSchema = z.strictObject({
	title: TextSchema,
	description: TextSchema.optional(),
	/** Position among the catalogue pages, from 1. */
	order: z.int().positive().default(1),
});

export type CataloguePage = z.output<typeof CataloguePageSchema>;
export type CataloguePageInput = z.input<typeof CataloguePageSchema>;
