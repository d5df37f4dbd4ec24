// The accessibility statement ("déclaration d'accessibilité"): what was tested, how, and the result.
import { z } from 'zod';
import { IsoDateSchema, TextListSchema, TextSchema } from './common.ts';

/** The three conformity levels a French accessibility statement declares. */
export const CONFORMITY_STATUSES = ['totalement-conforme', 'partiellement-conforme', 'non-conforme'] as const;

export const CONFORMITY_LABELS: Record<(typeof CONFORMITY_STATUSES)[number], string> = {
	'totalement-conforme': 'totalement conforme',
	'partiellement-conforme': 'partiellement conforme',
	'non-conforme': 'non conforme',
};

export const TestedPageSchema = z.strictObject({
	title: TextSchema,
	/** Path on the site, from its root: "/modules/securite-donnees/". */
	path: z.string().regex(/^\/([^\s]*\/)?$/, { error: 'un chemin du site est attendu, qui commence et finit par « / » : "/modules/"' }),
});

export const AccessibilityStatementSchema = z.strictObject({
	/** The reference the site is measured against. */
	standard: TextSchema.default('RGAA 4.1.2'),
	status: z.enum(CONFORMITY_STATUSES, {
		error: `statut attendu : ${CONFORMITY_STATUSES.join(', ')}`,
	}),
	/** Day of the last evaluation. */
	evaluated: IsoDateSchema,
	/** Who evaluated: "auto-évaluation", an auditor's name. */
	evaluatedBy: TextSchema.default('auto-évaluation'),
	/** How: automatic tests, keyboard, screen reader… */
	method: TextListSchema.min(1, { error: 'décrivez au moins une méthode de test' }),
	technologies: TextListSchema.default(['HTML5', 'CSS', 'JavaScript', 'WAI-ARIA', 'SVG']),
	tools: TextListSchema.default([]),
	environment: TextListSchema.default([]),
	testedPages: z.array(TestedPageSchema).min(1, { error: 'indiquez au moins une page testée' }),
	/** Known failures, in plain words. */
	nonConformities: TextListSchema.default([]),
	/** Content left out on purpose, with the reason. */
	exemptions: TextListSchema.default([]),
	/** An address other than the publisher's contact, for accessibility reports only. */
	contactEmail: z.email({ error: 'adresse électronique invalide' }).optional(),
});

export type ConformityStatus = (typeof CONFORMITY_STATUSES)[number];
export type TestedPage = z.output<typeof TestedPageSchema>;
export type AccessibilityStatement = z.output<typeof AccessibilityStatementSchema>;
export type AccessibilityStatementInput = z.input<typeof AccessibilityStatementSchema>;
