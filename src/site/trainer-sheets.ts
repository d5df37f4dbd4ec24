// Which modules get a trainer sheet: those with a running order, in catalogue order.
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';

export function hasTrainerSheet(module: ModuleEntry): boolean {
	return module.data.sequence.length > 0;
}

export function trainerSheetModules(graph: ContentGraph): ModuleEntry[] {
	return graph.modulesInCatalogueOrder().filter(hasTrainerSheet);
}
