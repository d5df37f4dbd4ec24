import { describe, expect, it } from 'vitest';
import { acyclicEdges, assignLayers, layoutMap, type MapEdge, type MapNode } from '../../../src/map/layout.ts';

const options = { nodeWidth: 200, nodeHeight: 80, columnGap: 60, rowGap: 20, margin: 10 };
const nodes = (...ids: string[]): MapNode[] => ids.map((id, order) => ({ id, order }));
const prerequisite = (from: string, to: string): MapEdge => ({ from, to, kind: 'prerequisite' });

describe('the layered layout of the module map', () => {
	it('puts each module one column right of its furthest prerequisite', () => {
		const layers = assignLayers(nodes('a', 'b', 'c', 'd'), [prerequisite('a', 'b'), prerequisite('b', 'c'), prerequisite('a', 'c')]);
		expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
	});

	it('drops the follow-up that points back at a prerequisite, keeping the prerequisite', () => {
		const edges: MapEdge[] = [{ from: 'b', to: 'a', kind: 'followUp' }, prerequisite('a', 'b')];
		expect(acyclicEdges(nodes('a', 'b'), edges)).toEqual([prerequisite('a', 'b')]);
	});

	it('places every node without overlap and draws every edge between known modules', () => {
		const all = nodes('a', 'b', 'c', 'd', 'e');
		const edges = [prerequisite('a', 'c'), prerequisite('b', 'c'), { from: 'c', to: 'd', kind: 'followUp' } as MapEdge, prerequisite('x', 'e')];
		const layout = layoutMap(all, edges, options);
		expect(layout.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
		const boxes = layout.nodes.map((node) => `${node.x},${node.y}`);
		expect(new Set(boxes).size).toBe(boxes.length);
		for (const node of layout.nodes) {
			expect(node.x + options.nodeWidth).toBeLessThanOrEqual(layout.width);
			expect(node.y + options.nodeHeight).toBeLessThanOrEqual(layout.height);
		}
		expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['a>c', 'b>c', 'c>d']);
		const c = layout.nodes.find((node) => node.id === 'c')!;
		expect(layout.edges[0]!.path.startsWith(`M${10 + 200},`)).toBe(true);
		expect(layout.edges[0]!.path.endsWith(`${c.x},${c.y + 40}`)).toBe(true);
	});

	it('survives a cycle and a long chain without recursion', () => {
		const chain = nodes(...Array.from({ length: 5000 }, (_, index) => `m${index}`));
		const edges = chain.slice(1).map((node, index) => prerequisite(chain[index]!.id, node.id));
		const layers = assignLayers(chain, acyclicEdges(chain, [...edges, prerequisite('m4999', 'm0')]));
		expect(layers.get('m4999')).toBe(4999);
	});
});
