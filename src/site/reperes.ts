// Where the repères live: roles link to the page that explains the help levels and to the one
// that holds the urgency × mission grid, whatever a fork names those pages.
import type { ContentGraph } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';
import type { HelpLevel } from '../model/schemas/index.ts';

export function reperesInOrder(graph: ContentGraph): Entry<'reperes'>[] {
	return [...graph.byCollection.reperes.values()].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The first repère that describes the help levels, if any. */
export function levelsRepere(graph: ContentGraph): Entry<'reperes'> | undefined {
	return reperesInOrder(graph).find((entry) => entry.data.levels.length > 0);
}

/** The first repère that holds a grid, if any. */
export function gridRepere(graph: ContentGraph): Entry<'reperes'> | undefined {
	return reperesInOrder(graph).find((entry) => entry.data.grid !== undefined);
}

/** Roles that practise a level, by name. */
export function rolesPractising(graph: ContentGraph, level: HelpLevel): Entry<'roles'>[] {
	return [...graph.byCollection.roles.values()]
		.filter((role) => role.data.levels.includes(level))
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
}

/** The anchor of a level's heading on the levels page. */
export function levelAnchor(level: HelpLevel): string {
	return level;
}
