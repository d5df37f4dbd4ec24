// One call that gives a script or the site config everything: loaded content, graph and messages.
import { buildGraph, type ContentGraph } from './graph.ts';
import { loadContent, type LoadedContent, type LoadOptions } from './load.ts';

export interface Project {
	content: LoadedContent;
	graph: ContentGraph;
}

export function loadProject(options: LoadOptions = {}): Project {
	const content = loadContent(options);
	const trees = new Map(content.entries.flatMap((entry) => (entry.tree ? [[entry.file, entry.tree] as const] : [])));
	const graph = buildGraph({ entries: content.entries, organisation: content.organisation?.data, trees });
	return { content, graph };
}
