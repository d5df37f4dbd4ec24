// Which licences the commons accepts, for its own content and for what it adapts.

/** The commons' licence: what derived content stays under (ShareAlike). */
export const COMMONS_LICENCE = 'CC-BY-SA-4.0';

/**
 * Licences a piece of content of the commons may carry: CC BY-SA 4.0, or a more permissive one
 * that lets it be combined with CC BY-SA content.
 */
export const ACCEPTED_LICENCES = ['CC-BY-SA-4.0', 'CC-BY-4.0', 'CC0-1.0'] as const;

/**
 * Licences of an original that may be adapted and published under CC BY-SA 4.0: permissive ones,
 * earlier BY-SA versions (which allow a later version), and those Creative Commons declared compatible.
 */
export const ADAPTABLE_LICENCES = [
	'CC-BY-SA-4.0',
	'CC-BY-SA-3.0',
	'CC-BY-SA-2.0',
	'CC-BY-4.0',
	'CC-BY-3.0',
	'CC-BY-2.0',
	'CC0-1.0',
	'LAL-1.3',
	'Etalab-2.0',
] as const;

export function isAcceptedLicence(licence: string): boolean {
	return (ACCEPTED_LICENCES as readonly string[]).includes(licence);
}

export function isAdaptableLicence(licence: string): boolean {
	return (ADAPTABLE_LICENCES as readonly string[]).includes(licence);
}

/** Readable pages of the licences, for links on the site. */
export const LICENCE_URLS: Record<string, string> = {
	'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr',
	'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/deed.fr',
	'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/deed.fr',
};

/** How a licence is written for readers: "CC BY-SA 4.0" for the SPDX id "CC-BY-SA-4.0". */
export function licenceLabel(id: string): string {
	const creativeCommons = /^CC-(BY(?:-SA|-NC|-ND|-NC-SA|-NC-ND)?)-(\d\.\d)$/.exec(id);
	if (creativeCommons) return `CC ${creativeCommons[1]} ${creativeCommons[2]}`;
	if (id === 'CC0-1.0') return 'CC0 1.0';
	if (id === 'LAL-1.3') return 'Licence Art Libre 1.3';
	if (id === 'Etalab-2.0') return 'Licence Ouverte 2.0 (Etalab)';
	return id;
}
