// Which personas a persona sheet points to: the ones it names in `related`, and the ones naming it.
import type { ContentGraph } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';

/**
 * Related personas both ways, so that a contributor need not write each link twice; in the order the
 * persona lists them, then the others by name. Unknown ids are left out (the check reports them).
 */
export function relatedPersonas(graph: ContentGraph, personaId: string): Entry<'personas'>[] {
	const persona = graph.get('personas', personaId);
	if (!persona) return [];
	const named = persona.data.related.filter((id) => id !== personaId);
	const naming = [...graph.byCollection.personas.values()]
		.filter((other) => other.id !== personaId && !named.includes(other.id) && other.data.related.includes(personaId))
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
	return [...named.flatMap((id) => graph.get('personas', id) ?? []), ...naming];
}

/** Personas in the order of the index: by name, then id (two "Karim" stay in a stable order). */
export function personasByName(graph: ContentGraph): Entry<'personas'>[] {
	return [...graph.byCollection.personas.values()].sort(
		(a, b) => a.data.name.localeCompare(b.data.name, 'fr') || a.id.localeCompare(b.id),
	);
}
