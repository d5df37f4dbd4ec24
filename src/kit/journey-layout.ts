// Where each step of a scenario's journey goes in its diagram: a column per distance from the
// first step (the initial request), steps stacked in each column, arrows between box edges.
import type { Scenario } from '../model/schemas/index.ts';

export interface LaidNode {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	first: boolean;
	lines: { text: string; alternative: boolean }[];
}

export interface JourneyLayout {
	width: number;
	height: number;
	nodes: LaidNode[];
	edges: { from: string; to: string; path: string }[];
}

const BOX_WIDTH = 170;
const GAP_X = 44;
const GAP_Y = 24;
const LINE = 17;
const MAX_CHARS = 21;

/** Splits a label into lines short enough for a box, at spaces. */
export function wrap(text: string, max = MAX_CHARS): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/)) {
		if (current && (current + ' ' + word).length > max) {
			lines.push(current);
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) lines.push(current);
	return lines;
}

export function layoutJourney(scenario: Scenario): JourneyLayout {
	const depth = new Map<string, number>();
	const first = scenario.steps[0]!.id;
	depth.set(first, 0);
	// Breadth-first from the request: a step's column is its shortest distance from it.
	const queue = [first];
	while (queue.length > 0) {
		const current = queue.shift()!;
		for (const bridge of scenario.bridges) {
			if (bridge.from === current && !depth.has(bridge.to)) {
				depth.set(bridge.to, depth.get(current)! + 1);
				queue.push(bridge.to);
			}
		}
	}
	const lastColumn = Math.max(...depth.values());
	for (const step of scenario.steps) if (!depth.has(step.id)) depth.set(step.id, lastColumn + 1);

	const columns = new Map<number, LaidNode[]>();
	for (const step of scenario.steps) {
		const lines = wrap(step.label).map((text) => ({ text, alternative: false }));
		if (step.alternatives.length > 0)
			lines.push(...wrap(`ou : ${step.alternatives.join(', ')}`).map((text) => ({ text, alternative: true })));
		const column = depth.get(step.id)!;
		const node: LaidNode = {
			id: step.id,
			x: column * (BOX_WIDTH + GAP_X),
			y: 0,
			width: BOX_WIDTH,
			height: 14 + lines.length * LINE,
			first: step.id === first,
			lines,
		};
		columns.set(column, [...(columns.get(column) ?? []), node]);
	}
	let height = 0;
	for (const nodes of columns.values()) {
		let y = 0;
		for (const node of nodes) {
			node.y = y;
			y += node.height + GAP_Y;
		}
		height = Math.max(height, y - GAP_Y);
	}
	const nodes = [...columns.values()].flat();
	const byId = new Map(nodes.map((node) => [node.id, node]));
	const edges = scenario.bridges.flatMap((bridge) => {
		const from = byId.get(bridge.from);
		const to = byId.get(bridge.to);
		if (!from || !to) return [];
		const x1 = from.x + from.width;
		const y1 = from.y + from.height / 2;
		const x2 = to.x - 2;
		const y2 = to.y + to.height / 2;
		const middle = (x1 + x2) / 2;
		return [{ from: from.id, to: to.id, path: `M ${x1} ${y1} C ${middle} ${y1}, ${middle} ${y2}, ${x2} ${y2}` }];
	});
	const width = Math.max(...nodes.map((node) => node.x + node.width)) + 2;
	return { width, height: height + 2, nodes, edges };
}
