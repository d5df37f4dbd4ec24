// Cycles in a directed graph of ids: which nodes loop back on themselves, and one shortest loop.

/**
 * Strongly connected components of a directed graph (Tarjan), without recursion so that a long
 * chain of 10 000 modules does not overflow the stack. Returns only components of two or more.
 */
export function cyclicComponents(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const components: string[][] = [];
	let counter = 0;
	for (const root of nodes) {
		if (index.has(root)) continue;
		const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
		index.set(root, counter);
		low.set(root, counter++);
		stack.push(root);
		onStack.add(root);
		while (work.length > 0) {
			const frame = work.at(-1)!;
			const edges = next(frame.node);
			if (frame.edge < edges.length) {
				const target = edges[frame.edge++]!;
				if (!index.has(target)) {
					index.set(target, counter);
					low.set(target, counter++);
					stack.push(target);
					onStack.add(target);
					work.push({ node: target, edge: 0 });
				} else if (onStack.has(target)) {
					low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
				}
				continue;
			}
			work.pop();
			const parent = work.at(-1);
			if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
			if (low.get(frame.node) === index.get(frame.node)) {
				const component: string[] = [];
				let member: string;
				do {
					member = stack.pop()!;
					onStack.delete(member);
					component.push(member);
				} while (member !== frame.node);
				if (component.length > 1) components.push(component);
			}
		}
	}
	return components;
}

/** The shortest cycle through `start` inside one component: [start, …, start]. */
export function shortestCycle(start: string, members: ReadonlySet<string>, next: (node: string) => readonly string[]): string[] {
	const previous = new Map<string, string>();
	const queue = [start];
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head]!;
		for (const target of next(node)) {
			if (!members.has(target)) continue;
			if (target === start) {
				const path = [node];
				while (path.at(-1) !== start) path.push(previous.get(path.at(-1)!)!);
				return [...path.reverse(), start];
			}
			if (!previous.has(target)) {
				previous.set(target, node);
				queue.push(target);
			}
		}
	}
	return [start, start];
}
