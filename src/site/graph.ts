// The content graph pages read: the model's, built once by the model from the shared project.
import type { ContentGraph } from '../model/graph.ts';
import { currentProject } from './project.ts';

export function getGraph(): ContentGraph {
	return currentProject().graph;
}
