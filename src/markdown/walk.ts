// Visiting every node of a Markdown tree in document order, without recursion: a contributor's
// file may nest quotes or lists thousands deep, which would overflow the call stack.
import type { Nodes } from 'mdast';

/** Calls `visit` on `tree` and each node under it, parents before children. */
export function walk(tree: Nodes, visit: (node: Nodes) => void): void {
	const stack: Nodes[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		visit(node);
		if ('children' in node) {
			for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
		}
	}
}

/** The text of a node and its descendants, as a reader sees it. */
export function textOf(node: Nodes): string {
	let text = '';
	walk(node, (child) => {
		if ('value' in child && typeof child.value === 'string' && !('children' in child)) text += child.value;
	});
	return text;
}
