// The accessibility statement ("déclaration d'accessibilité"): what was tested, how, and the result.
import { z } from 'zod';
import { IsoDateSchema, TextListSchema, TextSchema, TitleSchema } from './common.ts';

/** The three conformity levels a French accessibility statement declares. */
export const CONFORMITY_STATUSES = ['totalement-conforme', 'partiellement-conforme', 'non-conforme'] as const;

export const CONFORMITY_LABELS: Record<(typeof CONFORMITY_STATUSES)[number], string> = {
	'totalement-conforme': 'totalement conforme',
	'partiellement-conforme': 'partiellement conforme',
	'non-conforme': 'non conforme',
};

export const TestedPageSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'nom de la page' }),
	/** Path on the site, from its root: "/modules/securite-donnees/". */
	path: z
		.string()
		.regex(/^\/([^\s]*\/)?$/, { error: 'un chemin du site est attendu, qui commence et finit par « / » : "/modules/"' })
		.meta({ title: 'chemin de la page', example: 'path: /modules/' }),
});

export const AccessibilityStatementSchema = z.strictObject({
	/** The reference the site is measured against. */
	standard: TextSchema.meta({ title: 'référentiel', example: 'standard: RGAA 4.1.2' }).default('RGAA 4.1.2'),
	status: z
		.enum(CONFORMITY_STATUSES, {
			error: `statut attendu : ${CONFORMITY_STATUSES.join(', ')}`,
		})
		.meta({ title: 'état de conformité', example: 'status: partiellement-conforme' }),
	/** Day of the last evaluation. */
	evaluated: IsoDateSchema.meta({ title: 'date de l’évaluation', example: 'evaluated: 2026-12-02' }),
	/** Who evaluated: "auto-évaluation", an auditor's name. */
	evaluatedBy: TextSchema.meta({ title: 'qui a évalué', example: 'evaluatedBy: auto-évaluation' }).default('auto-évaluation'),
	/** How: automatic tests, keyboard, screen reader… */
	method: TextListSchema.min(1, { error: 'décrivez au moins une méthode de test' }).meta({
		title: 'méthodes de test',
		example: 'une ligne « - méthode » par méthode',
	}),
	technologies: TextListSchema.meta({ title: 'technologies utilisées' }).default(['HTML5', 'CSS', 'JavaScript', 'WAI-ARIA', 'SVG']),
	tools: TextListSchema.meta({ title: 'outils d’évaluation' }).default([]),
	environment: TextListSchema.meta({ title: 'environnement de test' }).default([]),
	testedPages: z
		.array(TestedPageSchema)
		.min(1, { error: 'indiquez au moins une page testée' })
		.meta({ title: 'pages testées', example: '- { title: Accueil, path: / }' }),
	/** Known failures, in plain words. */
	nonConformities: TextListSchema.meta({ title: 'non-conformités' }).default([]),
	/** Content left out on purpose, with the reason. */
	exemptions: TextListSchema.meta({ title: 'dérogations' }).default([]),
	/** An address other than the publisher's contact, for accessibility reports only. */
	contactEmail: z.email({ error: 'adresse électronique invalide' }).meta({ title: 'adresse de contact', example: 'contactEmail: accessibilite@exemple.org' }).optional(),
});

export type ConformityStatus = (typeof CONFORMITY_STATUSES)[number];
export type TestedPage = z.output<typeof TestedPageSchema>;
export type AccessibilityStatement = z.output<typeof AccessibilityStatementSchema>;
export type AccessibilityStatementInput = z.input<typeof AccessibilityStatementSchema>;
