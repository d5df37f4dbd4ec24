// A page of the network-building kit: a chapter introduction or one tool.
import { z } from 'zod';
import { IdSchema, TextSchema, versioningFields, TitleSchema, SummarySchema, SourcesSchema } from './common.ts';

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
	title: TitleSchema.meta({ title: 'titre', example: 'title: Analyser son territoire' }),
	summary: SummarySchema.meta({ title: 'résumé en une ou deux phrases' }),
	chapter: z.enum(KIT_CHAPTERS).meta({ title: 'chapitre du kit', example: 'chapter: territoire' }),
	/** Position within the chapter, from 1. */
	order: z.int().positive().meta({ title: 'position dans le chapitre', example: 'order: 2' }).default(1),
	terms: z.array(IdSchema).meta({ title: 'termes du glossaire', example: 'une ligne « - identifiant » par terme', references: 'glossaire' }).default([]),
	/** Id of a questionnaire of content/questionnaires/ the page lets one fill, print and export. */
	questionnaire: IdSchema.meta({ title: 'questionnaire affiché', example: 'questionnaire: questionnaire-besoins-public', references: 'questionnaires' }).optional(),
	/** A view of the kit's data the page shows under its text. */
	shows: z.enum(KIT_VIEWS).meta({ title: 'vue des données du kit', example: 'shows: repertoire' }).optional(),
	/** Dated sources of the institutional facts the page states (maps, schemes). */
	sources: SourcesSchema,
	...versioningFields,
});

export type KitView = (typeof KIT_VIEWS)[number];
export type KitChapter = (typeof KIT_CHAPTERS)[number];
export type KitPage = z.output<typeof KitPageSchema>;
export type KitPageInput = z.input<typeof KitPageSchema>;
