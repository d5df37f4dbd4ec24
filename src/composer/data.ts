// The builder's data, from the content graph: what the page serialises as JSON for the browser.
import type { ContentGraph } from '../model/graph.ts';
import type { PlanData, PlanModule } from './plan.ts';

export function planModules(graph: ContentGraph): PlanModule[] {
	return graph.modulesInCatalogueOrder().map((module, order) => ({
		id: module.id,
		number: module.data.number,
		title: module.data.title,
		duration: module.data.duration,
		order,
		prerequisites: graph.prerequisites(module.id),
	}));
}

export function planData(graph: ContentGraph): PlanData {
	const known = new Set(graph.byCollection.modules.keys());
	return {
		modules: planModules(graph),
		parcours: [...graph.byCollection.parcours.values()]
			.sort((a, b) => a.data.title.localeCompare(b.data.title, 'fr'))
			.map((parcours) => ({ id: parcours.id, title: parcours.data.title, modules: parcours.data.steps.map((step) => step.module).filter((id) => known.has(id)) })),
		personas: [...graph.byCollection.personas.values()]
			.filter((persona) => persona.data.modules.length > 0)
			.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'))
			.map((persona) => ({ id: persona.id, name: persona.data.name, modules: persona.data.modules.filter((id) => known.has(id)) })),
	};
}
