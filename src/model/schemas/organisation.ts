// The publisher of the catalogue: everything a fork changes to make the site and PDFs its own.
import { z } from 'zod';
import { TextListSchema, TextSchema } from './common.ts';

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
	/** True while the file still holds the commons' example publisher. */
	example: z.boolean().default(false),
});

export type Organisation = z.output<typeof OrganisationSchema>;
export type OrganisationInput = z.input<typeof OrganisationSchema>;
