// Schema pieces shared by several collections: ids, versions, dates, attribution.
import { z } from 'zod';

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
		if (!ISO_DATE.test(text) || !isRealDate(text)) {
			ctx.addIssue({
				code: 'custom',
				message: `date invalide « ${text} » : le format attendu est AAAA-MM-JJ, par exemple 2025-09-12`,
				params: { kind: 'date' },
			});
			return z.NEVER;
		}
		return text;
	});

/** Free text that must say something. */
export const TextSchema = z
	.string({ error: 'un texte est attendu' })
	.trim()
	.min(1, { error: 'ce texte est vide' });

export const TextListSchema = z.array(TextSchema, { error: 'une liste est attendue (lignes commençant par « - »)' });

export const ChangelogEntrySchema = z.strictObject({
	version: SemverSchema,
	date: IsoDateSchema,
	summary: TextSchema,
});

export const AuthorSchema = z
	.union(
		[
			TextSchema,
			z.strictObject({
				name: TextSchema,
				organisation: TextSchema.optional(),
				url: z.url({ error: 'adresse web invalide' }).optional(),
			}),
		],
		{ error: 'un auteur ou une autrice est un nom, ou { name, organisation, url }' },
	)
	.transform((author) => (typeof author === 'string' ? { name: author } : author));

export const DEFAULT_LICENCE = 'CC-BY-SA-4.0';

export const LicenceSchema = z
	.string({ error: 'une licence est attendue sous forme d’identifiant SPDX, par exemple CC-BY-SA-4.0' })
	.trim()
	.min(1)
	.default(DEFAULT_LICENCE);

export const DerivedFromSchema = z.strictObject({
	/** Name of the commons or organisation the content was adapted from. */
	source: TextSchema,
	/** Id of the original in its source. */
	id: TextSchema.optional(),
	version: SemverSchema.optional(),
	url: z.url({ error: 'adresse web invalide' }).optional(),
	/** Who wrote the original: CC BY-SA asks to keep naming them. */
	authors: z.array(AuthorSchema).optional(),
	/** Licence of the original, as an SPDX id; the check refuses one that cannot be adapted under CC BY-SA. */
	licence: z.string({ error: 'une licence est attendue sous forme d’identifiant SPDX, par exemple CC-BY-SA-4.0' }).trim().min(1).optional(),
});

/** The fields every versioned, attributable piece of content carries. */
export const versioningFields = {
	version: SemverSchema,
	updated: IsoDateSchema,
	changelog: z.array(ChangelogEntrySchema).default([]),
	authors: z.array(AuthorSchema).default([]),
	/** People who improved the content after its authors; the site adds those found in git history. */
	contributors: z.array(AuthorSchema).default([]),
	licence: LicenceSchema,
};

/**
 * A field the site computes and a contributor must not type, refused with a message that says so;
 * `hint` reaches the contributor through schema-messages.
 */
export function computedField(message: string, hint: string) {
	return z.custom<never>(() => false, { error: message, params: { hint } }).optional();
}

export const KeywordsSchema = z.array(TextSchema).default([]);

export type ChangelogEntry = z.output<typeof ChangelogEntrySchema>;
export type Author = z.output<typeof AuthorSchema>;
export type DerivedFrom = z.output<typeof DerivedFromSchema>;
