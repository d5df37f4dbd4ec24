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

export const KitPageSchema = z.strictObject({
	title: TextSchema,
	summary: TextSchema,
	chapter: z.enum(KIT_CHAPTERS),
	/** Position within the chapter, from 1. */
	order: z.int().positive().default(1),
	terms: z.array(IdSchema).default([]),
	...versioningFields,
});

export type KitChapter = (typeof KIT_CHAPTERS)[number];
export type KitPage = z.output<typeof KitPageSchema>;
export type KitPageInput = z.input<typeof KitPageSchema>;
