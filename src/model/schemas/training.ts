// What a training organisation publishes about each training (Qualiopi, indicator 1): access, lead
// time, price, contacts, accessibility for disabled people, format, place and start time. The same
// fields are organisation-wide defaults (organisation.yaml › training) and per-module overrides.
import { z } from 'zod';
import { TextSchema, TitleSchema } from './common.ts';

/** Lower case without accents: « Présentiel » and « presentiel » are the same word. */
function fold(value: unknown): unknown {
	return typeof value === 'string' ? value.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase() : value;
}

export const TRAINING_FORMATS = ['presentiel', 'distanciel', 'mixte'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const FORMAT_LABELS: Record<TrainingFormat, string> = {
	presentiel: 'En présentiel',
	distanciel: 'À distance',
	mixte: 'Mixte : en présentiel et à distance',
};

export const FormatSchema = z.preprocess(
	fold,
	z.enum(TRAINING_FORMATS, { error: `une modalité est attendue : ${TRAINING_FORMATS.join(', ')}` }),
);

export const ContactPersonSchema = z
	.strictObject({
		name: TitleSchema.meta({ title: 'nom ou fonction', example: 'name: Équipe pédagogique' }),
		email: z.email({ error: 'adresse électronique invalide' }).meta({ title: 'adresse électronique', example: 'email: formation@exemple.org' }).optional(),
		phone: TextSchema.meta({ title: 'téléphone', example: 'phone: 05 61 00 00 00' }).optional(),
	})
	.refine((contact) => contact.email !== undefined || contact.phone !== undefined, {
		error: 'un contact donne une adresse électronique (email) ou un téléphone (phone)',
		path: ['name'],
	});

/** The three contacts Qualiopi asks a training to name. */
export const CONTACT_ROLES = ['pedagogical', 'administrative', 'disability'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
	pedagogical: 'Contact pédagogique',
	administrative: 'Contact administratif',
	disability: 'Référent·e handicap',
};

export const ContactsSchema = z.strictObject({
	pedagogical: ContactPersonSchema.meta({ title: 'contact pédagogique', example: 'pedagogical: { name: Équipe pédagogique, email: … }' }).optional(),
	administrative: ContactPersonSchema.meta({ title: 'contact administratif', example: 'administrative: { name: Secrétariat, phone: … }' }).optional(),
	disability: ContactPersonSchema.meta({ title: 'référent·e handicap', example: 'disability: { name: Prénom Nom, email: … }' }).optional(),
});

export const PRICE_UNITS = ['personne', 'groupe'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

const PriceNoteSchema = z.string().meta({ title: 'précision' }).optional();

/** A price as the sheet shows it: free, on quotation, or an amount in euros (the shape once read). */
export const PriceOutputSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('free').meta({ title: 'gratuit' }), note: PriceNoteSchema }),
	z.strictObject({ kind: z.literal('quote').meta({ title: 'sur devis' }), note: PriceNoteSchema }),
	z.strictObject({
		kind: z.literal('amount').meta({ title: 'montant' }),
		amount: z.number().nonnegative().meta({ title: 'montant en euros' }),
		per: z.enum(PRICE_UNITS).meta({ title: 'par personne ou pour le groupe' }),
		note: PriceNoteSchema,
	}),
]);

export type Price = z.output<typeof PriceOutputSchema>;

const PRICE_ERROR = 'un tarif est attendu : « gratuit », « sur devis », un montant en euros, ou { amount: 250, per: personne }';

const AmountSchema = z
	.number({ error: PRICE_ERROR })
	.nonnegative({ error: 'un tarif ne peut pas être négatif' })
	.max(1_000_000, { error: 'tarif invraisemblable' });

const PriceWordSchema = z.preprocess(fold, z.enum(['gratuit', 'sur devis'], { error: PRICE_ERROR }));

export const PriceSchema = z
	.union(
		[
			PriceWordSchema,
			AmountSchema,
			z.strictObject({
				amount: AmountSchema.meta({ title: 'montant en euros', example: 'amount: 250' }).optional(),
				per: z.preprocess(fold, z.enum(PRICE_UNITS)).meta({ title: 'par personne ou pour le groupe', example: 'per: groupe' }).optional(),
				quote: z.boolean({ error: 'oui ou non : true ou false' }).meta({ title: 'sur devis', example: 'quote: true' }).optional(),
				note: TextSchema.meta({ title: 'précision', example: 'note: Prise en charge possible par votre OPCO.' }).optional(),
			}),
		],
		{ error: PRICE_ERROR },
	)
	.transform((value, ctx): Price => {
		if (value === 'gratuit') return { kind: 'free' };
		if (value === 'sur devis') return { kind: 'quote' };
		if (typeof value === 'number') return value === 0 ? { kind: 'free' } : { kind: 'amount', amount: value, per: 'personne' };
		const note = value.note;
		if (value.quote) return { kind: 'quote', note };
		if (value.amount === undefined) {
			ctx.addIssue({ code: 'custom', message: 'le tarif n’a ni montant (amount) ni « quote: true »', params: { hint: 'exemple : price: { amount: 250, per: personne }' } });
			return z.NEVER;
		}
		return value.amount === 0 ? { kind: 'free', note } : { kind: 'amount', amount: value.amount, per: value.per ?? 'personne', note };
	})
	// The shape once read, for the export's JSON Schema (src/open-data/json-schema.ts).
	.pipe(PriceOutputSchema);

/**
 * A time of day, kept as minutes after midnight: "9:00", "09:30", "9h", "9 h 30" or a bare hour (9).
 * YAML 1.2 reads 9:00 as text, so it needs no quotes.
 */
export const TimeOfDaySchema = z.union([z.string(), z.number()], { error: 'une heure est attendue, par exemple "9:00" ou "13 h 30"' }).transform((value, ctx) => {
	const text = String(value).trim();
	const match = /^(\d{1,2})(?:\s*(?::|h)\s*(\d{2})?)?$/i.exec(text);
	const hours = match ? Number(match[1]) : Number.NaN;
	const minutes = match?.[2] ? Number(match[2]) : 0;
	if (!match || hours > 23 || minutes > 59) {
		ctx.addIssue({ code: 'custom', message: `heure invalide « ${text} »`, params: { hint: 'écrivez l’heure ainsi : startTime: "9:00" ou startTime: "13 h 30"' } });
		return z.NEVER;
	}
	return hours * 60 + minutes;
})
	// Kept as minutes after midnight: what the export's JSON Schema says.
	.pipe(z.int().min(0).max(24 * 60 - 1).meta({ description: 'minutes après minuit (540 : 9 h)' }));

/** The practical information of a training, each field optional: a module's value wins over the organisation's. */
export const practicalFields = {
	access: TextSchema.meta({
		title: 'modalités d’accès',
		example: 'access: Inscription par courriel auprès du contact administratif, puis entretien téléphonique.',
	}).optional(),
	leadTime: TextSchema.meta({ title: 'délai d’accès', example: 'leadTime: Deux semaines entre l’inscription et la session.' }).optional(),
	price: PriceSchema.meta({ title: 'tarif', example: 'price: gratuit (ou « sur devis », ou { amount: 250, per: personne })' }).optional(),
	contacts: ContactsSchema.meta({
		title: 'contacts',
		example: 'contacts: { pedagogical: { name: …, email: … }, administrative: …, disability: … }',
	}).optional(),
	disabilityAccess: TextSchema.meta({
		title: 'accessibilité aux personnes handicapées',
		example: 'disabilityAccess: Salle de plain-pied ; supports agrandis sur demande ; contactez la référente handicap.',
	}).optional(),
	format: FormatSchema.meta({ title: 'modalité (présentiel, à distance, mixte)', example: 'format: presentiel' }).optional(),
	location: TextSchema.meta({ title: 'lieu', example: 'location: Dans vos locaux ou au centre social (Toulouse)' }).optional(),
	startTime: TimeOfDaySchema.meta({ title: 'heure de début', example: 'startTime: "9:00"' }).optional(),
};

export type Contact = z.output<typeof ContactPersonSchema>;
export type Contacts = z.output<typeof ContactsSchema>;

/** A code typed as a number or as text (YAML reads 44035 as a number): kept as text. */
function codeSchema(pattern: RegExp, error: string) {
	return z
		.union([z.string(), z.number()], { error })
		.transform((code) => String(code).trim())
		.pipe(z.string().regex(pattern, { error }));
}

/**
 * How a training is classified in the national training offer (LHÉO): its field in FORMACODE and NSF,
 * and its audience as FORMACODE « publics » descriptors. The check verifies each code against the
 * lists shipped in src/model/code-lists/; a module's list replaces the organisation's.
 */
export const classificationFields = {
	formacode: z
		.array(codeSchema(/^\d{5}$/, 'un code FORMACODE est attendu : cinq chiffres, par exemple 44035'))
		.min(1, { error: 'au moins un code FORMACODE, ou pas de champ « formacode »' })
		.max(5, { error: 'au plus 5 codes FORMACODE (LHÉO n’en lit pas plus)' })
		.meta({ title: 'codes FORMACODE du domaine (le premier est le principal)', example: 'formacode: [44035, 46271]' })
		.optional(),
	nsf: z
		.array(codeSchema(/^\d{3}[a-z]?$/, 'un code NSF est attendu : trois chiffres, par exemple 332'))
		.min(1, { error: 'au moins un code NSF, ou pas de champ « nsf »' })
		.max(3, { error: 'au plus 3 codes NSF (LHÉO n’en lit pas plus)' })
		.meta({ title: 'codes NSF du domaine', example: 'nsf: [332]' })
		.optional(),
	audienceCodes: z
		.array(codeSchema(/^\d{5}$/, 'un code FORMACODE de public est attendu : cinq chiffres, par exemple 80036'))
		.min(1, { error: 'au moins un code de public, ou pas de champ « audienceCodes »' })
		.max(10, { error: 'au plus 10 codes de public (LHÉO n’en lit pas plus)' })
		.meta({ title: 'codes FORMACODE des publics visés', example: 'audienceCodes: [80036, 80055]' })
		.optional(),
};
