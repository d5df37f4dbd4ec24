// Which modules work on each competence of a framework, in catalogue order, and which competences
// no module covers: what /competences/ shows.
import { competencesOf, FRAMEWORKS, type FrameworkId } from '../model/frameworks/index.ts';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';

export function modulesByCompetence(graph: ContentGraph, id: FrameworkId): Map<string, ModuleEntry[]> {
	const found = new Map(competencesOf(FRAMEWORKS[id]).map((competence) => [competence.code, [] as ModuleEntry[]]));
	for (const module of graph.modulesInCatalogueOrder()) {
		for (const code of new Set(module.data.frameworks[id])) found.get(code)?.push(module);
	}
	return found;
}

/** The competences of a framework no module names, in the framework's order. */
export function uncoveredCompetences(graph: ContentGraph, id: FrameworkId) {
	const covered = modulesByCompetence(graph, id);
	return competencesOf(FRAMEWORKS[id]).filter((competence) => covered.get(competence.code)!.length === 0);
}
