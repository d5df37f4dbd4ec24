// Every Markdown file of the content with its tree, including files whose header failed to load,
// so that a content-safety problem is reported together with the header's.
import type { Nodes, Root } from 'mdast';
import { walk } from '../../markdown/walk.ts';
import { parseMarkdown, type MarkdownFormat } from '../../markdown/parse.ts';
import type { LoadedContent } from '../../model/load.ts';
import type { SourceText } from '../../model/source.ts';

export interface MarkdownFile {
	file: string;
	format: MarkdownFormat;
	source: SourceText;
	tree: Root;
}

const cache = new WeakMap<LoadedContent, MarkdownFile[]>();

function formatOf(path: string): MarkdownFormat | undefined {
	if (path.endsWith('.mdx')) return 'mdx';
	if (path.endsWith('.md')) return 'md';
	return undefined;
}

export function markdownFiles(content: LoadedContent): MarkdownFile[] {
	const cached = cache.get(content);
	if (cached) return cached;
	const trees = new Map<string, Root>();
	for (const entry of content.entries) if (entry.tree) trees.set(entry.file, entry.tree);
	const files: MarkdownFile[] = [];
	for (const source of content.sources) {
		const format = formatOf(source.path);
		if (!format) continue;
		let tree = trees.get(source.path);
		if (!tree) {
			// The loader reported this file's syntax error already, if it has one.
			const parsed = parseMarkdown(source.text, format);
			if (!('tree' in parsed)) continue;
			tree = parsed.tree;
		}
		files.push({ file: source.path, format, source, tree });
	}
	cache.set(content, files);
	return files;
}

type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

const byType = new WeakMap<Root, Map<string, Nodes[]>>();

/** The nodes of a tree of the given types, type by type; the tree is walked once for all rules. */
export function nodesOf<T extends Nodes['type']>(tree: Root, ...types: T[]): NodeOfType<T>[] {
	let index = byType.get(tree);
	if (!index) {
		const built = new Map<string, Nodes[]>();
		walk(tree, (node) => {
			const list = built.get(node.type);
			if (list) list.push(node);
			else built.set(node.type, [node]);
		});
		byType.set(tree, built);
		index = built;
	}
	const found: Nodes[] = [];
	for (const type of types) for (const node of index.get(type) ?? []) found.push(node);
	return found as NodeOfType<T>[];
}
