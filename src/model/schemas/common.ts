// Schema pieces shared by several collections: ids, versions, dates, attribution.
import { z } from 'zod';

/**
 * The shape a transform's value has once read, piped after the transform so that the export's JSON
 * Schema can say it (src/open-data/json-schema.ts). Typed as taking its own output: reading an
 * already read value again gives the same value, which is all the pipe does at run time.
 */
export function readShape<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, z.output<S>> {
	return schema as unknown as z.ZodType<z.output<S>, z.output<S>>;
}

/** A content id: the file name without extension, lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
	.string({ error: 'un identifiant est attendu (le nom d’un fichier, sans extension)' })
	.regex(ID_PATTERN, {
		error: 'identifiant invalide : lettres minuscules sans accent, chiffres et tirets seulement',
	});

export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

export const SemverSchema = z
	.string({ error: 'une version à trois nombres est attendue, par exemple 1.0.0' })
	.regex(SEMVER_PATTERN, {
		error: 'version invalide : trois nombres séparés par des points, par exemple "1.2.0"',
	});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * A calendar day, kept as "YYYY-MM-DD". YAML parsers disagree on unquoted dates (one gives a
 * string, another a Date), so both are accepted and normalised to the same string.
 */
export const IsoDateSchema = z
	.union([z.string(), z.date()], { error: 'une date est attendue, au format AAAA-MM-JJ' })
	.transform((value, ctx) => {
		const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
		if (!ISO_DATE.test(text)) {
			ctx.addIssue({
				code: 'custom',
				message: `date invalide « ${text} » : le format attendu est AAAA-MM-JJ, par exemple 2025-09-12`,
				params: { kind: 'date' },
			});
			return z.NEVER;
		}
		if (!isRealDate(text)) {
			ctx.addIssue({
				code: 'custom',
				message: `date impossible « ${text} » : ce jour n’existe pas dans le calendrier`,
				params: { kind: 'date', hint: 'vérifiez le mois (de 01 à 12) et le jour (le 30 février, le 31 avril… n’existent pas)' },
			});
			return z.NEVER;
		}
		return text;
	})
	// What the export's JSON Schema says of the value once read (src/open-data/json-schema.ts).
	.pipe(z.iso.date());

/**
 * Length limits: a header holds short texts, written by hand. Without them a 300 Ko title,
 * repeated in every list, menu and page head of the site, grew it from 15 Mo to 92 Mo.
 */
export const MAX_TEXT_LENGTH = 2000;
export const MAX_TITLE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 600;
export const MAX_KEYWORD_LENGTH = 60;
export const MAX_KEYWORDS = 30;

/** Free text that must say something; a wrong type is told « un texte est attendu, … trouvé » (schema-messages). */
/**
 * Characters XML 1.0 forbids even escaped (C0 controls but tab and line breaks, U+FFFE, U+FFFF,
 * a lone surrogate): in a title they would make the open-data exports (lheo.xml) unreadable.
 */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|\p{Cs}/u;

export const TextSchema = z
	.string()
	.trim()
	.min(1, { error: 'ce texte est vide' })
	.refine((text) => !NOT_TEXT.test(text), {
		error: 'caractère de contrôle invisible dans ce texte (souvent laissé par un copier-coller) : retapez le texte autour',
	})
	.max(MAX_TEXT_LENGTH, { error: `texte trop long : au plus ${MAX_TEXT_LENGTH} caractères dans l’en-tête ; le développement va sous l’en-tête, dans le texte` });

/** A title or a name: shown in menus, lists and the head of every page. */
export const TitleSchema = TextSchema.max(MAX_TITLE_LENGTH, {
	error: `titre trop long : au plus ${MAX_TITLE_LENGTH} caractères ; gardez-le court, la suite va dans le résumé`,
});

/** A summary of one or two sentences, shown in lists and search results. */
export const SummarySchema = TextSchema.max(MAX_SUMMARY_LENGTH, {
	error: `résumé trop long : au plus ${MAX_SUMMARY_LENGTH} caractères (une ou deux phrases) ; le détail va dans le texte`,
});

export const TextListSchema = z.array(TextSchema, { error: 'une liste est attendue (lignes commençant par « - »)' });

export const ChangelogEntrySchema = z.strictObject({
	version: SemverSchema.meta({ title: 'version', example: 'version: 1.2.0' }),
	date: IsoDateSchema.meta({ title: 'date', example: 'date: 2025-09-12' }),
	summary: TextSchema.meta({ title: 'ce qui a changé', example: 'summary: Exemples mis à jour.' }),
});

export const UrlSchema = z.url({ error: 'adresse web invalide' }).meta({ title: 'adresse web', example: 'url: https://exemple.org/page' });

const AuthorObjectSchema = z.strictObject({
	name: TitleSchema.meta({ title: 'nom', example: 'name: Prénom Nom' }),
	organisation: TextSchema.meta({ title: 'structure' }).optional(),
	url: UrlSchema.optional(),
});

export const AuthorSchema = z
	.union([TextSchema, AuthorObjectSchema], { error: 'un auteur ou une autrice est un nom, ou { name, organisation, url }' })
	.transform((author) => (typeof author === 'string' ? { name: author } : author))
	// A name given alone may be a longer text than a title: the output keeps it.
	.pipe(AuthorObjectSchema.extend({ name: TextSchema.meta({ title: 'nom' }) }));

export const DEFAULT_LICENCE = 'CC-BY-SA-4.0';

export const LicenceSchema = z
	.string({ error: 'une licence est attendue sous forme d’identifiant SPDX, par exemple CC-BY-SA-4.0' })
	.trim()
	.min(1)
	.default(DEFAULT_LICENCE);

/** One origin of a content: the commons or organisation, the original's id, version, address, authors, licence. */
const originFields = {
	/** Name of the commons or organisation the content was adapted from. */
	source: TextSchema.meta({ title: 'commun ou structure d’origine', example: 'source: Commun de formation' }),
	/** Id of the original in its source. */
	id: TextSchema.meta({ title: 'identifiant de l’original' }).optional(),
	version: SemverSchema.meta({ title: 'version de l’original', example: 'version: 1.0.0' }).optional(),
	url: UrlSchema.optional(),
	/** Who wrote the original: CC BY-SA asks to keep naming them. */
	authors: z.array(AuthorSchema).meta({ title: 'autrices et auteurs de l’original', example: '- name: Prénom Nom' }).optional(),
	/** Licence of the original, as an SPDX id; the check refuses one that cannot be adapted under CC BY-SA. */
	licence: z
		.string({ error: 'une licence est attendue sous forme d’identifiant SPDX, par exemple CC-BY-SA-4.0' })
		.trim()
		.min(1)
		.meta({ title: 'licence de l’original', example: 'licence: CC-BY-SA-4.0' })
		.optional(),
};

/** An earlier origin, where the origin itself came from. */
export const OriginSchema = z.strictObject(originFields);

export const DerivedFromSchema = z.strictObject({
	...originFields,
	/**
	 * Where the original itself came from, nearest first: a fork of a module the commons adapted
	 * from Coll.in names the commons, then Coll.in. CC BY-SA asks to keep naming every level.
	 */
	earlier: z
		.array(OriginSchema)
		.meta({ title: 'origines de l’original', example: 'earlier: [{ source: "…", id: module-5 }]' })
		.optional(),
});

/** The fields every versioned, attributable piece of content carries. */
export const versioningFields = {
	version: SemverSchema.meta({ title: 'version', example: 'version: 1.2.0' }),
	updated: IsoDateSchema.meta({ title: 'date de mise à jour', example: 'updated: 2025-09-12' }),
	changelog: z
		.array(ChangelogEntrySchema)
		.meta({ title: 'journal des modifications', example: '- { version: 1.1.0, date: 2025-09-12, summary: "…" }' })
		.default([]),
	authors: z.array(AuthorSchema).meta({ title: 'autrices et auteurs', example: '- name: Prénom Nom' }).default([]),
	/** People who improved the content after its authors; the site adds those found in git history. */
	contributors: z.array(AuthorSchema).meta({ title: 'contributrices et contributeurs', example: '- name: Prénom Nom' }).default([]),
	licence: LicenceSchema.meta({ title: 'licence', example: 'licence: CC-BY-SA-4.0' }),
};

/** The fields of an adaptation: where it comes from and whether it was changed. */
export const DerivedFromField = DerivedFromSchema.meta({
	title: 'contenu d’origine',
	example: 'derivedFrom: { source: "…", id: "…", version: 1.0.0 }',
});

export const ModifiedField = z
	.boolean({ error: 'oui ou non : true ou false' })
	.meta({ title: 'modifié depuis l’original', example: 'modified: true' });

/**
 * A field the site computes and a contributor must not type, refused with a message that says so;
 * `hint` reaches the contributor through schema-messages.
 */
export function computedField(message: string, hint: string) {
	return z.custom<never>(() => false, { error: message, params: { hint } }).optional();
}

/**
 * One dated source of an institutional fact (a scheme, a label, a website's service): what was read,
 * where and when. Facts about institutions go out of date; the page shows « situation au » the date.
 */
export const SourceSchema = z.strictObject({
	title: TitleSchema.meta({ title: 'titre de la page consultée', example: 'title: "Budget 2025 et règles de gestion du dispositif"' }),
	publisher: TitleSchema.meta({ title: 'qui publie la page', example: 'publisher: ANCT' }).optional(),
	url: UrlSchema,
	consulted: IsoDateSchema.meta({ title: 'date de consultation', example: 'consulted: 2026-12-03' }),
	about: SummarySchema.meta({ title: 'ce que la source établit', example: 'about: "Nouveaux postes suspendus en 2025."' }).optional(),
});

export const SourcesSchema = z
	.array(SourceSchema, { error: 'une liste de sources est attendue (lignes commençant par « - »)' })
	.meta({ title: 'sources datées', example: '- { title: "…", url: "https://…", consulted: 2026-12-03 }' })
	.default([]);

export const KeywordsSchema = z
	.array(TextSchema.max(MAX_KEYWORD_LENGTH, { error: `mot-clé trop long : au plus ${MAX_KEYWORD_LENGTH} caractères, un mot ou une expression` }))
	.max(MAX_KEYWORDS, { error: `trop de mots-clés : au plus ${MAX_KEYWORDS}` })
	.meta({ title: 'mots-clés', example: 'keywords: [FranceConnect, CAF]' }).default([]);

export type ChangelogEntry = z.output<typeof ChangelogEntrySchema>;
export type Author = z.output<typeof AuthorSchema>;
export type DerivedFrom = z.output<typeof DerivedFromSchema>;
export type Origin = z.output<typeof OriginSchema>;
export type Source = z.output<typeof SourceSchema>;
