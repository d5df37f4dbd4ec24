// Filtering the personas index by place, obstacle and module: the facets offered and the rule that
// decides whether a persona matches. Shared by the page (server side) and its script (in the browser).

/** What a persona card carries for filtering (written as data-* attributes on the card). */
export interface PersonaFacets {
	place: string;
	obstacles: readonly string[];
	modules: readonly string[];
}

/** The chosen filters; an empty value means "any". */
export interface PersonaFilter {
	place?: string;
	obstacle?: string;
	module?: string;
}

export const FILTER_FIELDS = ['place', 'obstacle', 'module'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** A persona matches when it meets every chosen filter. */
export function personaMatches(persona: PersonaFacets, filter: PersonaFilter): boolean {
	if (filter.place && persona.place !== filter.place) return false;
	if (filter.obstacle && !persona.obstacles.includes(filter.obstacle)) return false;
	if (filter.module && !persona.modules.includes(filter.module)) return false;
	return true;
}

/** The sentence the live region reads out after each change, in French. */
export function resultSentence(shown: number, total: number): string {
	if (shown === 0) return 'Aucune persona ne correspond à ces critères.';
	if (shown === total) return total === 1 ? '1 persona affichée.' : `${total} personas affichées.`;
	return shown === 1 ? `1 persona affichée sur ${total}.` : `${shown} personas affichées sur ${total}.`;
}

/** Places sort in French alphabetical order, whatever their case ("CCAS", "mairie"). */
export function comparePlaces(a: string, b: string): number {
	return a.localeCompare(b, 'fr', { sensitivity: 'base' });
}

/** A place as an option label: its first letter in upper case ("mairie" → "Mairie"). */
export function placeLabel(place: string): string {
	return place.charAt(0).toLocaleUpperCase('fr') + place.slice(1);
}
