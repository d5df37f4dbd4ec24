// A place of the directory ("qui fait quoi"): one structure, what it offers and on which terms.
import { z } from 'zod';
import { IsoDateSchema, TextListSchema, TextSchema, TitleSchema } from './common.ts';

/** Whether a person in a wheelchair can get in: the directory shows it next to the address. */
export const ACCESSIBILITY = ['oui', 'partiel', 'non', 'inconnu'] as const;

export const ACCESSIBILITY_LABELS: Record<(typeof ACCESSIBILITY)[number], string> = {
	oui: 'Accessible aux personnes à mobilité réduite',
	partiel: 'Accès partiel pour les personnes à mobilité réduite',
	non: 'Non accessible aux personnes à mobilité réduite',
	inconnu: 'Accessibilité non renseignée',
};

const PhoneSchema = z
	.string({ error: 'un numéro de téléphone est attendu, entre guillemets' })
	.trim()
	.regex(/^\+?[0-9 .()-]{6,20}$/, { error: 'numéro de téléphone invalide : des chiffres, espaces ou points, par exemple "05 61 00 00 00"' })
	.meta({ title: 'téléphone', example: 'phone: "05 61 00 00 00"' });

const EmailSchema = z
	.email({ error: 'adresse électronique invalide, par exemple accueil@exemple.org' })
	.meta({ title: 'adresse électronique', example: 'email: accueil@exemple.org' });

export const ReferentSchema = z.strictObject({
	name: TextSchema.meta({ title: 'nom de la personne référente' }),
	role: TextSchema.meta({ title: 'fonction' }).optional(),
	phone: PhoneSchema.optional(),
	email: EmailSchema.optional(),
});

export const PlaceAddressSchema = z.strictObject({
	street: TextSchema.meta({ title: 'numéro et rue' }),
	postcode: z
		.string({ error: 'un code postal est attendu, entre guillemets : "31000"' })
		.regex(/^\d{5}$/, { error: 'code postal invalide : cinq chiffres, par exemple "31000"' })
		.meta({ title: 'code postal', example: 'postcode: "31000"' }),
	city: TextSchema.meta({ title: 'ville' }),
});

export const PlaceSchema = z.strictObject({
	name: TitleSchema.meta({ title: 'nom de la structure' }),
	/** A fictional place, shipped to show how the directory works: the site says so. */
	example: z.boolean().meta({ title: 'lieu inventé', example: 'example: true' }).default(false),
	/** Neighbourhood or area, for large territories split into zones. */
	zone: TextSchema.meta({ title: 'quartier ou zone' }).optional(),
	address: PlaceAddressSchema.meta({ title: 'adresse', example: 'address: { street: "…", postcode: "31000", city: Toulouse }' }),
	phone: PhoneSchema.optional(),
	email: EmailSchema.optional(),
	referent: ReferentSchema.meta({ title: 'personne référente', example: 'referent: { name: "…", role: "…" }' }).optional(),
	/**
	 * Id of a structure type from content/types-structures/. Any text is read, so that a label typed
	 * in a spreadsheet is reported by the unknown-structure-type rule with the id to write instead.
	 */
	structureType: TextSchema.meta({ title: 'type de structure', example: 'structureType: mediatheque', references: 'structures.types' }),
	/** Ids of mediation types from content/typologie/, the first one being the main activity. */
	mediations: z
		.array(TextSchema)
		.min(1, { error: 'indiquez au moins un type de médiation' })
		.meta({ title: 'types de médiation', example: 'mediations: [atelier-competences, wifi-gratuit]', references: 'typologie.types' }),
	/** What is done there, in the structure's words. */
	activities: TextSchema.meta({ title: 'activités' }).optional(),
	domains: TextListSchema.meta({ title: 'domaines d’intervention', example: 'domains: [emploi, logement]' }).default([]),
	public: TextSchema.meta({ title: 'public reçu' }),
	access: TextSchema.meta({ title: 'conditions d’accès' }),
	hours: TextSchema.meta({ title: 'horaires' }),
	limits: TextListSchema.meta({ title: 'ce que le lieu ne fait pas' }).default([]),
	accessibility: z.enum(ACCESSIBILITY).meta({ title: 'accès des personnes à mobilité réduite', example: 'accessibility: partiel' }).default('inconnu'),
	updated: IsoDateSchema.meta({ title: 'date de mise à jour', example: 'updated: 2026-11-20' }),
});

export type Accessibility = (typeof ACCESSIBILITY)[number];
export type Place = z.output<typeof PlaceSchema>;
export type PlaceInput = z.input<typeof PlaceSchema>;
