// An organisation's own catalogue: the modules it chose (--modules a,b,c) or those of one of its
// learning paths (--parcours id). Unknown ids are refused with the model's "did you mean".
import { createHash } from 'node:crypto';
import type { ContentGraph } from '../model/graph.ts';
import { closest } from '../model/suggest.ts';
import type { Selection } from './print-document.ts';

export interface CustomCatalogue {
	selection: Selection;
	/** The file name part: catalogue-<slug>.pdf. */
	slug: string;
}

function unknown(kind: string, id: string, known: Iterable<string>): string {
	const suggestion = closest(id, known);
	return suggestion ? `${kind} inconnu « ${id} » : vouliez-vous dire « ${suggestion} » ?` : `${kind} inconnu « ${id} »`;
}

export function resolveSelection(
	graph: ContentGraph,
	request: { modules?: string[]; parcours?: string },
): { catalogue: CustomCatalogue } | { errors: string[] } {
	if (request.modules && request.parcours) return { errors: ['choisissez --modules ou --parcours, pas les deux'] };
	if (request.parcours) {
		const parcours = graph.get('parcours', request.parcours);
		if (!parcours) return { errors: [unknown('parcours', request.parcours, graph.byCollection.parcours.keys())] };
		const modules = parcours.data.steps.map((step) => step.module).filter((id) => graph.get('modules', id));
		return {
			catalogue: {
				slug: parcours.id,
				selection: { modules, parcours: parcours.id, label: `Parcours : ${parcours.data.title}` },
			},
		};
	}
	const ids = [...new Set(request.modules ?? [])];
	if (ids.length === 0) return { errors: ['indiquez au moins un module, par exemple --modules securite-donnees,reseau-territoire'] };
	const errors = ids.filter((id) => !graph.get('modules', id)).map((id) => unknown('module', id, graph.byCollection.modules.keys()));
	if (errors.length > 0) return { errors };
	const joined = ids.join('-');
	const slug = joined.length <= 60 ? joined : `selection-${createHash('sha256').update(joined).digest('hex').slice(0, 10)}`;
	const label = ids.length === 1 ? 'Sélection : 1 module' : `Sélection : ${ids.length} modules`;
	return { catalogue: { slug, selection: { modules: ids, label } } };
}
