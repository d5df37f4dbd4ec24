// A questionnaire of the kit as data: printed as a form, filled on a page, exported as CSV or JSON.
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema, TitleSchema } from './common.ts';

/**
 * How a question is answered: a line of text, a paragraph, one choice, several choices, or a grid
 * (one choice per row, the options being the columns).
 */
export const QUESTION_KINDS = ['text', 'paragraph', 'single', 'multiple', 'grid'] as const;

export const QuestionSchema = z
	.strictObject({
		/** Stable id: the column of the answer in exported files. */
		id: IdSchema.meta({ title: 'identifiant de la question', example: 'id: usages-courriel' }),
		label: TextSchema.meta({ title: 'intitulé de la question' }),
		help: TextSchema.meta({ title: 'aide' }).optional(),
		kind: z.enum(QUESTION_KINDS).meta({ title: 'forme de la réponse', example: 'kind: single' }),
		options: TextListSchema.meta({ title: 'réponses proposées', example: 'une ligne « - réponse » par réponse' }).default([]),
		rows: TextListSchema.meta({ title: 'lignes de la grille', example: 'une ligne « - intitulé » par ligne' }).default([]),
		/** Adds an "Autre : …" free answer to a choice question. */
		other: z.boolean().meta({ title: 'réponse « Autre »', example: 'other: true' }).default(false),
	})
	.superRefine((question, ctx) => {
		const choice = question.kind === 'single' || question.kind === 'multiple' || question.kind === 'grid';
		if (choice && question.options.length < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `une question « ${question.kind} » propose au moins deux réponses (options)`,
				params: { hint: 'ajoutez les réponses possibles, une ligne « - réponse » chacune' },
			});
		if (question.kind === 'grid' && question.rows.length === 0)
			ctx.addIssue({
				code: 'custom',
				path: ['rows'],
				message: 'une grille a au moins une ligne (rows)',
				params: { hint: 'ajoutez les lignes de la grille, une ligne « - intitulé » chacune' },
			});
	});

export const QuestionnaireSectionSchema = z.strictObject({
	title: TextSchema.meta({ title: 'titre de la partie' }),
	intro: TextSchema.meta({ title: 'introduction de la partie' }).optional(),
	questions: z
		.array(QuestionSchema)
		.min(1, { error: 'une partie compte au moins une question' })
		.meta({ title: 'questions', example: '- { id: identifiant, label: "La question ?", kind: text }' }),
});

export const QuestionnaireSchema = z
	.strictObject({
		title: TitleSchema.meta({ title: 'titre' }),
		/** Who answers: "public accueilli", "partenaires". */
		audience: TextSchema.meta({ title: 'qui répond', example: 'audience: public accueilli' }),
		intro: TextSchema.meta({ title: 'introduction' }),
		sections: z.array(QuestionnaireSectionSchema).min(1).meta({ title: 'parties', example: '- { title: "…", questions: […] }' }),
		closing: TextSchema.meta({ title: 'mot de la fin' }).optional(),
	})
	.superRefine((questionnaire, ctx) => {
		const seen = new Set<string>();
		questionnaire.sections.forEach((section, s) =>
			section.questions.forEach((question, q) => {
				if (seen.has(question.id))
					ctx.addIssue({
						code: 'custom',
						path: ['sections', s, 'questions', q, 'id'],
						message: `deux questions portent l’identifiant « ${question.id} »`,
						params: { hint: 'chaque question a son propre identifiant : il nomme sa colonne dans les réponses exportées' },
					});
				seen.add(question.id);
			}),
		);
	});

export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type Question = z.output<typeof QuestionSchema>;
export type Questionnaire = z.output<typeof QuestionnaireSchema>;
