// A "repère": a reference page trainers and trainees come back to, such as the three levels of help
// or the urgency × mission grid, kept as data so that the site draws it and a fork can adapt it.
import { z } from 'zod';
import { countOf } from '../format.ts';
import { TextListSchema, TextSchema, TitleSchema, SummarySchema } from './common.ts';
import { HELP_LEVELS } from './role.ts';

/** One level of help, tied by its id to the roles that declare it in their `levels`. */
export const HelpLevelDescriptionSchema = z.strictObject({
	level: z
		.enum(HELP_LEVELS, { error: `un niveau d’aide est attendu : ${HELP_LEVELS.join(', ')}` })
		.meta({ title: 'niveau d’aide', example: 'level: faire-avec' }),
	/** What the level answers, in a few words: "urgence administrative". */
	answers: TextSchema.meta({ title: 'ce à quoi le niveau répond', example: 'answers: urgence administrative' }),
	description: TextSchema.meta({ title: 'description' }),
	/** Who usually offers it: "France services", "médiation numérique". */
	offeredBy: TextListSchema.meta({ title: 'qui le propose', example: 'une ligne « - structure » par structure' }).default([]),
});

/** A two-way table: every row has one cell per column, each cell a list of short answers. */
export const GridSchema = z
	.strictObject({
		/** The table's caption, read first by screen readers. */
		caption: TextSchema.meta({ title: 'titre du tableau' }),
		/** Header of the first column, which names the rows' question. */
		rowsTitle: TextSchema.meta({ title: 'en-tête de la première colonne' }),
		columns: z
			.array(TextSchema)
			.min(1, { error: 'au moins une colonne est attendue' })
			.meta({ title: 'colonnes', example: 'une ligne « - intitulé » par colonne' }),
		rows: z
			.array(
				z.strictObject({
					header: TextSchema.meta({ title: 'en-tête de la ligne' }),
					cells: z
						.array(TextListSchema.min(1, { error: 'une case ne peut pas être vide' }))
						.meta({ title: 'cases', example: 'une liste par colonne : cells: [[J’accompagne], [J’oriente]]' }),
				}),
			)
			.min(1, { error: 'au moins une ligne est attendue' })
			.meta({ title: 'lignes', example: '- { header: "…", cells: [[…], […]] }' }),
	})
	.superRefine((grid, ctx) => {
		grid.rows.forEach((row, index) => {
			if (row.cells.length !== grid.columns.length) {
				ctx.addIssue({
					code: 'custom',
					path: ['rows', index, 'cells'],
					message: `cette ligne a ${countOf(row.cells.length, 'case', 'cases')} pour ${countOf(grid.columns.length, 'colonne', 'colonnes')} : il faut une case par colonne`,
				});
			}
		});
	});

export const RepereSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre', example: 'title: Les niveaux d’aide' }),
	summary: SummarySchema.meta({ title: 'résumé en une ou deux phrases' }),
	/** Position among the repères, from 1. */
	order: z.int().positive().meta({ title: 'position', example: 'order: 2' }).default(1),
	levels: z.array(HelpLevelDescriptionSchema).meta({ title: 'niveaux d’aide', example: '- { level: faire-avec, answers: "…", description: "…" }' }).default([]),
	grid: GridSchema.meta({ title: 'tableau à double entrée', example: 'grid: { caption, rowsTitle, columns, rows }' }).optional(),
});

export type HelpLevelDescription = z.output<typeof HelpLevelDescriptionSchema>;
export type Grid = z.output<typeof GridSchema>;
export type Repere = z.output<typeof RepereSchema>;
export type RepereInput = z.input<typeof RepereSchema>;
