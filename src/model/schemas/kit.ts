// A page of the network-building kit: a chapter introduction or one tool.
import { z } from 'zod';
import { IdSchema, TextSchema, versioningFields } from './common.ts';

/** The kit's parts: why and for whom, then its three chapters. */
export const KIT_CHAPTERS = ['introduction', 'reperes', 'territoire', 'reseau'] as const;

export const KIT_CHAPTER_LABELS: Record<(typeof KIT_CHAPTERS)[number], string> = {
	introduction: 'Pourquoi ce kit',
	reperes: 'Se repérer sur son territoire',
	territoire: 'Connaître et analyser son territoire',
	reseau: 'Construire une dynamique de réseau',
};

/** Views built from data: the typology, structure types, directory link, scenarios, answer aggregation. */
export const KIT_VIEWS = ['typologie', 'types-structures', 'repertoire', 'scenarios', 'agregation'] as const;

export const KitPageSchema = z.strictObject({
	title: TextSchema,
	summary: TextSchema,
	chapter: z.enum(KIT_CHAPTERS),
	/** Position within the chapter, from 1. */
	order: z.int().positive().default(1),
	terms: z.array(IdSchema).default([]),
	/** Id of a questionnaire of content/questionnaires/ the page lets one fill, print and export. */
	questionnaire: IdSchema.optional(),
	/** A view of the kit's data the page shows under its text. */
	shows: z.enum(KIT_VIEWS).optional(),
	...versioningFields,
});

export type KitView = (typeof KIT_VIEWS)[number];
export type KitChapter = (typeof KIT_CHAPTERS)[number];
export type KitPage = z.output<typeof KitPageSchema>;
export type KitPageInput = z.input<typeof KitPageSchema>;
