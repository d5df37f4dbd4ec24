// The publisher of the catalogue: everything a fork changes to make the site and PDFs its own.
import { z } from 'zod';
import { IsoDateSchema, readShape, TextListSchema, TextSchema, UrlSchema, TitleSchema } from './common.ts';
import { classificationFields, practicalFields } from './training.ts';

export const ContactSchema = z.strictObject({
	email: z.email({ error: 'adresse électronique invalide' }).meta({ title: 'adresse électronique', example: 'email: contact@exemple.org' }),
	phone: TextSchema.meta({ title: 'téléphone', example: 'phone: 05 61 00 00 00' }).optional(),
	person: TextSchema.meta({ title: 'personne à contacter' }).optional(),
	url: UrlSchema.optional(),
});

export const AddressSchema = z.strictObject({
	street: TextSchema.meta({ title: 'numéro et rue' }).optional(),
	postalCode: TextSchema.meta({ title: 'code postal', example: 'postalCode: "31000"' }).optional(),
	city: TextSchema.meta({ title: 'ville', example: 'city: Toulouse' }),
	region: TextSchema.meta({ title: 'région' }).optional(),
});

/** The activity declaration every French training organisation gets from the regional prefect. */
export const RegistrationSchema = z.strictObject({
	/** « Numéro de déclaration d’activité », 11 digits, often written with spaces. */
	number: TextSchema.meta({ title: 'numéro de déclaration d’activité', example: 'number: "76 31 00000 31"' }),
	/** The region whose prefect registered the declaration. */
	region: TextSchema.meta({ title: 'région', example: 'region: Occitanie' }),
});

const QualiopiCertificateSchema = z.strictObject({
	/** The certifying body. */
	certifier: TextSchema.meta({ title: 'organisme certificateur' }).optional(),
	certificate: TextSchema.meta({ title: 'numéro du certificat' }).optional(),
	/** Last day the certificate is valid. */
	validUntil: IsoDateSchema.meta({ title: 'fin de validité', example: 'validUntil: 2027-06-30' }).optional(),
	/** Categories of actions certified: « actions de formation », « bilans de compétences »… */
	categories: TextListSchema.meta({ title: 'catégories certifiées', example: 'categories: [actions de formation]' }).default([]),
});

/**
 * Whether the organisation is Qualiopi-certified: `qualiopi: true`, or the certificate's details.
 * A certified organisation must publish every item of indicator 1 for each training (the check
 * then makes a missing item an error); `false` is the same as leaving the field out.
 */
export const QualiopiSchema = z
	.union([z.boolean(), QualiopiCertificateSchema], {
		error: 'qualiopi: true, ou les détails du certificat : { certifier: "…", categories: [actions de formation] }',
	})
	.transform((value) => (value === true ? { categories: [] } : value === false ? undefined : value))
	// The shape once read, for the export's JSON Schema (src/open-data/json-schema.ts).
	.pipe(readShape(QualiopiCertificateSchema.optional()));

/** What a training organisation states to its trainees: the defaults of every module's practical information. */
export const TrainingInfoSchema = z.strictObject({
	...practicalFields,
	...classificationFields,
	/** Whom to contact to make a complaint, and how it is handled. */
	complaints: TextSchema.meta({
		title: 'réclamations',
		example: 'complaints: Écrivez à reclamations@exemple.org ; réponse sous quinze jours.',
	}).optional(),
});

/** Where the commons a fork follows lives: `npm run fork` and `npm run upstream` read it. */
export const UpstreamSchema = z.strictObject({
	name: TitleSchema.meta({ title: 'nom du commun d’origine' }),
	/** The commons' published site. */
	site: UrlSchema.meta({ title: 'site du commun d’origine', example: 'site: https://commun-formation.example/' }).optional(),
	/** Git address or folder of the commons' repository. */
	repository: TextSchema.meta({ title: 'dépôt du commun d’origine', example: 'repository: https://github.com/…/commun-formation.git' }).optional(),
});

/** The forges whose web editor and API the site knows: « Modifier cette page » and /admin/ lead there. */
export const FORGES = ['github', 'gitlab', 'forgejo'] as const;

/** Where the project's files live on a forge, for « Modifier cette page » and the editor (/admin/). */
export const RepositorySchema = z.strictObject({
	url: UrlSchema.meta({ title: 'adresse du dépôt', example: 'url: https://github.com/asso/catalogue' }),
	/** The branch the site is published from. */
	branch: TextSchema.meta({ title: 'branche publiée', example: 'branch: main' }).default('main'),
	/** Read from the address for github.com and gitlab.com; to give for a forge of one's own. */
	forge: z.enum(FORGES, { error: `forge inconnue : ${FORGES.join(', ')}` }).meta({ title: 'type de forge', example: 'forge: gitlab' }).optional(),
});

export const OrganisationSchema = z.strictObject({
	name: TitleSchema.meta({ title: 'nom', example: 'name: Association Numérique pour tous' }),
	shortName: TextSchema.meta({ title: 'nom court', example: 'shortName: Numérique pour tous' }),
	/** One line under the name on the home page and the catalogue cover. */
	tagline: TextSchema.meta({ title: 'phrase de présentation' }).optional(),
	contact: ContactSchema.meta({ title: 'contact', example: 'contact: { email: contact@exemple.org }' }),
	address: AddressSchema.meta({ title: 'adresse', example: 'address: { city: Toulouse }' }),
	/** Areas where the organisation trains: départements, regions. */
	territory: TextListSchema.min(1, { error: 'indiquez au moins un territoire' }).meta({
		title: 'territoire',
		example: 'une ligne « - département » par territoire',
	}),
	/** Path of the logo, relative to the content folder (e.g. "logo.svg"). */
	logo: TextSchema.meta({ title: 'logo', example: 'logo: images/logo.svg' }).optional(),
	/** Public address of the published site, used for links printed in PDFs. */
	site: UrlSchema.meta({ title: 'adresse publique du site', example: 'site: https://exemple.org/catalogue/' }).optional(),
	/** Registered name, when it differs from the usual one. */
	legalName: TextSchema.meta({ title: 'raison sociale' }).optional(),
	siret: TextSchema.meta({ title: 'numéro SIRET', example: 'siret: "123 456 789 00012"' }).optional(),
	registration: RegistrationSchema.meta({
		title: 'déclaration d’activité',
		example: 'registration: { number: "76 31 00000 31", region: Occitanie }',
	}).optional(),
	qualiopi: QualiopiSchema.meta({
		title: 'certification Qualiopi',
		example: 'qualiopi: true, ou qualiopi: { certifier: "…", categories: [actions de formation] }',
	}).optional(),
	/** The practical information every module shows unless it gives its own (access, price, contacts…). */
	training: TrainingInfoSchema.meta({
		title: 'informations pratiques communes à toutes les formations',
		example: 'training: { access: …, leadTime: …, price: gratuit, contacts: { … }, disabilityAccess: … }',
	}).optional(),
	repository: RepositorySchema.meta({ title: 'dépôt du catalogue', example: 'repository: { url: https://github.com/asso/catalogue }' }).optional(),
	upstream: UpstreamSchema.meta({ title: 'commun d’origine', example: 'upstream: { name: "…", repository: https://… }' }).optional(),
	/** True while the file still holds the commons' example publisher. */
	example: z.boolean().meta({ title: 'éditeur d’exemple', example: 'example: true' }).default(false),
});

export type Organisation = z.output<typeof OrganisationSchema>;
export type OrganisationInput = z.input<typeof OrganisationSchema>;
