// A small layered layout of the module graph, computed at build time: prerequisites on the left,
// the modules they open on the right. No layout library and nothing sent to the browser but SVG.

export interface MapNode {
	id: string;
	/** Position in the catalogue (section order, then number): the tie-breaker everywhere. */
	order: number;
}

export interface MapEdge {
	from: string;
	to: string;
	kind: 'prerequisite' | 'followUp';
}

export interface PlacedNode extends MapNode {
	layer: number;
	/** Row within the layer, from 0. */
	row: number;
	x: number;
	y: number;
}

export interface PlacedEdge extends MapEdge {
	/** SVG path data, from the right side of `from` to the left side of `to`. */
	path: string;
}

export interface MapLayout {
	nodes: PlacedNode[];
	edges: PlacedEdge[];
	width: number;
	height: number;
}

export interface LayoutOptions {
	nodeWidth: number;
	nodeHeight: number;
	columnGap: number;
	rowGap: number;
	margin: number;
}

/**
 * Edges kept for layering: all, minus those that would close a cycle (a follow-up pointing back
 * to a prerequisite, or a content error the check reports). Depth-first in catalogue order, so
 * the result is the same from one build to the next.
 */
export function acyclicEdges(nodes: readonly MapNode[], edges: readonly MapEdge[]): MapEdge[] {
	const known = new Set(nodes.map((node) => node.id));
	const byOrder = new Map(nodes.map((node) => [node.id, node.order]));
	const outgoing = new Map<string, MapEdge[]>();
	for (const edge of edges) {
		if (!known.has(edge.from) || !known.has(edge.to) || edge.from === edge.to) continue;
		const list = outgoing.get(edge.from) ?? [];
		list.push(edge);
		outgoing.set(edge.from, list);
	}
	// Prerequisites first: when a follow-up and a prerequisite disagree, the prerequisite wins.
	for (const list of outgoing.values()) {
		list.sort((a, b) => (a.kind === b.kind ? byOrder.get(a.to)! - byOrder.get(b.to)! : a.kind === 'prerequisite' ? -1 : 1));
	}
	const state = new Map<string, 'open' | 'done'>();
	const kept: MapEdge[] = [];
	const sorted = [...nodes].sort((a, b) => a.order - b.order);
	const required = new Set(edges.filter((edge) => edge.kind === 'prerequisite').map((edge) => edge.to));
	// Modules nobody requires first: walks start from the roots of the prerequisite graph.
	const ordered = [...sorted.filter((node) => !required.has(node.id)), ...sorted];
	for (const start of ordered) {
		if (state.has(start.id)) continue;
		// Iterative depth-first search: a long chain of modules must not overflow the stack.
		const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
		state.set(start.id, 'open');
		while (stack.length > 0) {
			const top = stack[stack.length - 1]!;
			const list = outgoing.get(top.id) ?? [];
			if (top.next >= list.length) {
				state.set(top.id, 'done');
				stack.pop();
				continue;
			}
			const edge = list[top.next++]!;
			const seen = state.get(edge.to);
			if (seen === 'open') continue;
			kept.push(edge);
			if (seen === undefined) {
				state.set(edge.to, 'open');
				stack.push({ id: edge.to, next: 0 });
			}
		}
	}
	return kept;
}

/** Layer of each node: the length of the longest chain of kept edges leading to it. */
export function assignLayers(nodes: readonly MapNode[], edges: readonly MapEdge[]): Map<string, number> {
	const incoming = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
	const outgoing = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
	for (const edge of edges) {
		incoming.get(edge.to)?.push(edge.from);
		outgoing.get(edge.from)?.push(edge.to);
	}
	const layer = new Map<string, number>();
	const remaining = new Map(nodes.map((node) => [node.id, incoming.get(node.id)!.length]));
	const queue = nodes.filter((node) => remaining.get(node.id) === 0).map((node) => node.id);
	while (queue.length > 0) {
		const id = queue.shift()!;
		const depth = Math.max(-1, ...incoming.get(id)!.map((from) => layer.get(from) ?? -1)) + 1;
		layer.set(id, depth);
		for (const to of outgoing.get(id)!) {
			remaining.set(to, remaining.get(to)! - 1);
			if (remaining.get(to) === 0) queue.push(to);
		}
	}
	return layer;
}

/** Rows within layers: catalogue order, then a few sweeps towards the mean row of neighbours. */
function orderRows(nodes: readonly MapNode[], edges: readonly MapEdge[], layers: Map<string, number>): string[][] {
	const count = Math.max(0, ...layers.values()) + 1;
	const columns: string[][] = Array.from({ length: count }, () => []);
	const order = new Map(nodes.map((node) => [node.id, node.order]));
	for (const node of [...nodes].sort((a, b) => a.order - b.order)) columns[layers.get(node.id)!]!.push(node.id);
	const left = new Map<string, string[]>();
	const right = new Map<string, string[]>();
	for (const edge of edges) {
		left.set(edge.to, [...(left.get(edge.to) ?? []), edge.from]);
		right.set(edge.from, [...(right.get(edge.from) ?? []), edge.to]);
	}
	const neighbours = (id: string, side: 'left' | 'right') => (side === 'left' ? left : right).get(id) ?? [];
	const rowOf = () => new Map(columns.flatMap((column) => column.map((id, row) => [id, row] as const)));
	for (let sweep = 0; sweep < 4; sweep++) {
		const side = sweep % 2 === 0 ? 'left' : 'right';
		const range = side === 'left' ? [...columns.keys()].slice(1) : [...columns.keys()].reverse().slice(1);
		for (const index of range) {
			const rows = rowOf();
			const weight = (id: string) => {
				const near = neighbours(id, side).filter((other) => rows.has(other));
				return near.length === 0 ? rows.get(id)! : near.reduce((sum, other) => sum + rows.get(other)!, 0) / near.length;
			};
			const weights = new Map(columns[index]!.map((id) => [id, weight(id)]));
			columns[index]!.sort((a, b) => weights.get(a)! - weights.get(b)! || order.get(a)! - order.get(b)!);
		}
	}
	return columns;
}

export function layoutMap(nodes: readonly MapNode[], edges: readonly MapEdge[], options: LayoutOptions): MapLayout {
	const kept = acyclicEdges(nodes, edges);
	const layers = assignLayers(nodes, kept);
	const columns = orderRows(nodes, kept, layers);
	const tallest = Math.max(1, ...columns.map((column) => column.length));
	const { nodeWidth, nodeHeight, columnGap, rowGap, margin } = options;
	const columnHeight = (size: number) => size * nodeHeight + (size - 1) * rowGap;
	const placed = new Map<string, PlacedNode>();
	const byId = new Map(nodes.map((node) => [node.id, node]));
	columns.forEach((column, layer) => {
		// Each column is centred on the tallest one.
		const top = margin + (columnHeight(tallest) - columnHeight(column.length)) / 2;
		column.forEach((id, row) => {
			const node = byId.get(id)!;
			placed.set(id, { ...node, layer, row, x: margin + layer * (nodeWidth + columnGap), y: top + row * (nodeHeight + rowGap) });
		});
	});
	const known = new Set(nodes.map((node) => node.id));
	const drawn = edges.filter((edge) => known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to);
	const placedEdges = drawn.map((edge) => {
		const from = placed.get(edge.from)!;
		const to = placed.get(edge.to)!;
		const forward = to.x > from.x;
		const x1 = forward ? from.x + nodeWidth : from.x + nodeWidth / 2;
		const y1 = forward ? from.y + nodeHeight / 2 : from.y + nodeHeight;
		const x2 = forward ? to.x : to.x + nodeWidth / 2;
		const y2 = forward ? to.y + nodeHeight / 2 : to.y;
		const bend = forward ? Math.max(30, (x2 - x1) / 2) : 0;
		const path = forward
			? `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`
			: `M${x1},${y1} C${x1 + 40},${y1 + 20} ${x2 + 40},${y2 - 20} ${x2},${y2}`;
		return { ...edge, path };
	});
	return {
		nodes: [...placed.values()].sort((a, b) => a.order - b.order),
		edges: placedEdges,
		width: margin * 2 + columns.length * nodeWidth + Math.max(0, columns.length - 1) * columnGap,
		height: margin * 2 + columnHeight(tallest),
	};
}
