// Where the open data lives on the site: the one place that knows the files of /donnees/.

/** The page that describes the files. */
export const DATA_PATH = '/donnees/';

export const CATALOGUE_JSON_PATH = '/donnees/catalogue.json';

export const SCHEMA_JSON_PATH = '/donnees/schema.json';

/** "/donnees/badges/securite-donnees.json": the Open Badges 3.0 achievement of a module. */
export function badgePath(moduleId: string): string {
	return `/donnees/badges/${moduleId}.json`;
}

/** "/donnees/badges/sections/le-numerique.svg": the image of the badges of a section's modules. */
export function sectionBadgeImagePath(sectionId: string): string {
	return `/donnees/badges/sections/${sectionId}.svg`;
}

/** The training offer in LHÉO 2.3, when organisation.yaml allows it. */
export const LHEO_PATH = '/donnees/lheo.xml';
