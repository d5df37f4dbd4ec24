// `qualiopi-indicateur-1`: each module publishes the nine items of Qualiopi's indicator 1, its own
// or the organisation's defaults (organisation.yaml › training). A warning for anyone; an error for
// an organisation that says it is certified (`qualiopi:`), which must publish them all.
import { joinFrench } from '../model/format.ts';
import type { LoadedEntry } from '../model/load.ts';
import { qualiopiRows } from '../model/training-info.ts';
import type { Rule } from './rule.ts';
import { headerPoint } from './support/places.ts';

const lower = (heading: string) => heading.charAt(0).toLowerCase() + heading.slice(1);

export const qualiopiIndicateur1: Rule = {
	id: 'qualiopi-indicateur-1',
	severity: 'warning',
	description:
		'Chaque module publie les neuf informations de l’indicateur 1 de Qualiopi (prérequis, objectifs, durée, modalités et délais d’accès, tarifs, contacts, méthodes mobilisées, modalités d’évaluation, accessibilité aux personnes handicapées) ; une erreur quand organisation.yaml indique « qualiopi ».',
	check(context) {
		const organisation = context.graph.organisation;
		const certified = organisation?.qualiopi !== undefined;
		for (const module of context.graph.modulesInCatalogueOrder()) {
			const missing = qualiopiRows(module.data, organisation).filter((row) => row.status === 'missing').map((row) => row.item);
			if (missing.length === 0) continue;
			const shared = missing.filter((item) => item.shared);
			const own = missing.filter((item) => !item.shared);
			const fill = [
				...(own.length > 0 ? [`dans la fiche : ${joinFrench(own.map((item) => item.fields))}`] : []),
				...(shared.length > 0
					? [`dans la fiche ou, pour toutes les formations, sous « training: » dans organisation.yaml : ${joinFrench(shared.map((item) => item.fields))}`]
					: []),
			];
			context.report({
				file: module.file,
				point: headerPoint(module as LoadedEntry),
				severity: certified ? 'error' : undefined,
				message: `${missing.length === 1 ? 'il manque une' : `il manque ${missing.length}`} des 9 informations de l’indicateur 1 de Qualiopi : ${joinFrench(missing.map((item) => lower(item.heading)))}`,
				hint: `à remplir ${fill.join(' ; ')}${certified ? ' (organisation.yaml indique une certification Qualiopi : ces informations sont obligatoires)' : ''}`,
			});
		}
	},
};
