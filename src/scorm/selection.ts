// Which modules `npm run scorm` packages: those named, or all of them; an unknown name is told
// in French with the closest id.
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import { closest } from '../model/suggest.ts';

export function selectModules(graph: ContentGraph, ids: readonly string[]): { modules: ModuleEntry[] } | { errors: string[] } {
	const known = graph.byCollection.modules;
	if (ids.length === 0) return { modules: [...known.values()] };
	const errors = ids.flatMap((id) => {
		if (known.has(id)) return [];
		const near = closest(id, known.keys());
		return [`module inconnu « ${id} »${near ? ` (vouliez-vous dire « ${near} » ?)` : ''}`];
	});
	if (errors.length > 0) return { errors };
	return { modules: [...new Set(ids)].map((id) => known.get(id)!) };
}
