// The publisher of the catalogue: everything a fork changes to make the site and PDFs its own.
import { z } from 'zod';
import { IsoDateSchema, TextListSchema, TextSchema } from './common.ts';

export const ContactSchema = z.strictObject({
	email: z.email({ error: 'adresse électronique invalide' }),
	phone: TextSchema.optional(),
	person: TextSchema.optional(),
	url: z.url({ error: 'adresse web invalide' }).optional(),
});

export const AddressSchema = z.strictObject({
	street: TextSchema.optional(),
	postalCode: TextSchema.optional(),
	city: TextSchema,
	region: TextSchema.optional(),
});

/** The activity declaration every French training organisation gets from the regional prefect. */
export const RegistrationSchema = z.strictObject({
	/** « Numéro de déclaration d’activité », 11 digits, often written with spaces. */
	number: TextSchema,
	/** The region whose prefect registered the declaration. */
	region: TextSchema,
});

export const QualiopiSchema = z.strictObject({
	/** The certifying body. */
	certifier: TextSchema,
	certificate: TextSchema.optional(),
	/** Last day the certificate is valid. */
	validUntil: IsoDateSchema.optional(),
	/** Categories of actions certified: « actions de formation », « bilans de compétences »… */
	categories: TextListSchema.default([]),
});

/** What a training organisation states to its trainees (access, prices, disability, evaluation). */
export const TrainingInfoSchema = z.strictObject({
	/** How and how soon someone can start a training. */
	access: TextSchema.optional(),
	/** Prices or how they are set. */
	prices: TextSchema.optional(),
	/** Person in charge of disabled trainees (« référent·e handicap ») and how to reach them. */
	disabilityContact: TextSchema.optional(),
	/** How learning is assessed and what trainees receive at the end. */
	evaluation: TextSchema.optional(),
	/** Whom to contact to make a complaint. */
	complaints: TextSchema.optional(),
});

/** Where the commons a fork follows lives: `npm run fork` and `npm run upstream` read it. */
export const UpstreamSchema = z.strictObject({
	name: TextSchema,
	/** The commons' published site. */
	site: z.url({ error: 'adresse web invalide' }).optional(),
	/** Git address or folder of the commons' repository. */
	repository: TextSchema.optional(),
});

export const OrganisationSchema = z.strictObject({
	name: TextSchema,
	shortName: TextSchema,
	/** One line under the name on the home page and the catalogue cover. */
	tagline: TextSchema.optional(),
	contact: ContactSchema,
	address: AddressSchema,
	/** Areas where the organisation trains: départements, regions. */
	territory: TextListSchema.min(1, { error: 'indiquez au moins un territoire' }),
	/** Path of the logo, relative to the content folder (e.g. "logo.svg"). */
	logo: TextSchema.optional(),
	/** Public address of the published site, used for links printed in PDFs. */
	site: z.url({ error: 'adresse web invalide' }).optional(),
	/** Registered name, when it differs from the usual one. */
	legalName: TextSchema.optional(),
	siret: TextSchema.optional(),
	registration: RegistrationSchema.optional(),
	qualiopi: QualiopiSchema.optional(),
	training: TrainingInfoSchema.optional(),
	upstream: UpstreamSchema.optional(),
	/** True while the file still holds the commons' example publisher. */
	example: z.boolean().default(false),
});

export type Organisation = z.output<typeof OrganisationSchema>;
export type OrganisationInput = z.input<typeof OrganisationSchema>;
