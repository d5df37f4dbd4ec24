// A page of the catalogue's front matter: presentation, teaching approach, organisation…
import { z } from 'zod';
import { TextSchema, TitleSchema } from './common.ts';

export const CataloguePageSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre', example: 'title: Présentation' }),
	description: TextSchema.meta({ title: 'phrase de présentation' }).optional(),
	/** Position among the catalogue pages, from 1. */
	order: z.int().positive().meta({ title: 'position', example: 'order: 2' }).default(1),
	/**
	 * Shows the publisher's details from organisation.yaml after the text (the contact page): typed
	 * into the page, they would go stale the day a fork changes its organisation file.
	 */
	showPublisher: z
		.boolean({ error: 'true ou false est attendu' })
		.meta({ title: 'afficher les coordonnées de l’éditeur', example: 'showPublisher: true' })
		.default(false),
});

export type CataloguePage = z.output<typeof CataloguePageSchema>;
export type CataloguePageInput = z.input<typeof CataloguePageSchema>;
