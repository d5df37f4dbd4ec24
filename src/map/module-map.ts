// The module map's drawing data, from the content graph: nodes with their section colour and
// wrapped title, edges for prerequisites and follow-ups, and the text alternative's order.
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import { layoutMap, type MapEdge, type MapLayout } from './layout.ts';
import { orderModules, type PlanModule } from '../composer/plan.ts';
import { planModules } from '../composer/data.ts';

/** Fill and border of each section, in section order; dark text on them passes AA contrast. */
export const SECTION_COLOURS = [
	{ fill: '#dbe8fb', stroke: '#24508f' },
	{ fill: '#dcf1e2', stroke: '#1e6b3a' },
	{ fill: '#fbe6d4', stroke: '#8a4a12' },
	{ fill: '#eadcf5', stroke: '#5b2d82' },
	{ fill: '#f8dbe3', stroke: '#8c1c3e' },
	{ fill: '#e2e8ea', stroke: '#3c4a50' },
] as const;

export const NODE = { width: 230, lineHeight: 17, padding: 10, charsPerLine: 30 } as const;

/** Splits a title into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && `${line} ${word}`.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export interface MapModule {
	module: ModuleEntry;
	sectionTitle: string;
	colour: (typeof SECTION_COLOURS)[number];
	lines: string[];
}

export interface ModuleMap {
	layout: MapLayout;
	modules: Map<string, MapModule>;
	sections: { id: string; title: string; colour: (typeof SECTION_COLOURS)[number] }[];
	nodeHeight: number;
	/** The modules with prerequisites before them, for the text alternative. */
	ordered: PlanModule[];
}

export function moduleMap(graph: ContentGraph): ModuleMap {
	const sections = graph.sectionsInOrder().map((section, index) => ({
		id: section.id,
		title: section.data.title,
		colour: SECTION_COLOURS[index % SECTION_COLOURS.length]!,
	}));
	const colourOf = new Map(sections.map((section) => [section.id, section.colour]));
	const catalogue = graph.modulesInCatalogueOrder();
	const modules = new Map(
		catalogue.map((module) => [
			module.id,
			{
				module,
				sectionTitle: graph.get('sections', module.data.section)?.data.title ?? module.data.section,
				colour: colourOf.get(module.data.section) ?? SECTION_COLOURS[SECTION_COLOURS.length - 1]!,
				lines: wrapText(module.data.title, NODE.charsPerLine),
			},
		]),
	);
	const maxLines = Math.max(1, ...[...modules.values()].map((item) => item.lines.length));
	// Two lines for "Module n" and the section, then the title.
	const nodeHeight = NODE.padding * 2 + (2 + maxLines) * NODE.lineHeight;
	const edges: MapEdge[] = catalogue.flatMap((module) => [
		...graph.prerequisiteModuleIds(module.id).map((from) => ({ from, to: module.id, kind: 'prerequisite' as const })),
		...graph.followUps(module.id).map((to) => ({ from: module.id, to, kind: 'followUp' as const })),
	]);
	const layout = layoutMap(
		catalogue.map((module, order) => ({ id: module.id, order })),
		edges,
		{ nodeWidth: NODE.width, nodeHeight, columnGap: 70, rowGap: 18, margin: 12 },
	);
	return { layout, modules, sections, nodeHeight, ordered: orderModules(planModules(graph)) };
}
