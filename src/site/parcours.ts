// How a learning path's computed total is written: the graph adds the hours, this only words them.
import { formatHours, joinFrench } from '../model/format.ts';
import type { ContentGraph } from '../model/graph.ts';

export interface ParcoursDuration {
	/** "14 h", or "à définir" when no step has a duration. */
	total: string;
	/** Modules left out of the total because their sheet gives no duration, as "module 9". */
	missing: string[];
	/** A sentence saying what the total leaves out, if anything. */
	caveat?: string;
}

export function parcoursDuration(graph: ContentGraph, parcoursId: string): ParcoursDuration {
	const { hours, withoutDuration } = graph.parcoursTotals(parcoursId);
	const missing = withoutDuration.map((id) => `module ${graph.get('modules', id)?.data.number ?? id}`);
	const total = hours > 0 ? formatHours(hours) : 'à définir';
	if (missing.length === 0) return { total, missing };
	const caveat =
		missing.length === 1
			? `sans compter le ${missing[0]}, dont la durée reste à définir`
			: `sans compter les ${joinFrench(missing)}, dont la durée reste à définir`;
	return { total, missing, caveat };
}
