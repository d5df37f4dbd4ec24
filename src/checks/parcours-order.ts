// `parcours-order`: a parcours takes its modules in an order that respects their prerequisites.
//
// A prerequisite the parcours does not include is taken as acquired before the parcours starts.
// When the parcours does include modules that meet a prerequisite, one of them comes first:
// - `- module-a`: module-a comes before;
// - `anyOf: [a, b]`: of a and b, those in the parcours, at least one comes before;
// - `{ text, orModule: a }`: a comes before (the parcours chose a to bring that competence);
// - `{ text, orModules: [a, b] }`: as anyOf, one of those in the parcours comes before.
import { linkModuleIds } from '../model/graph.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { RelatedPlace } from '../model/diagnostics.ts';
import { joinFrench } from '../model/format.ts';
import type { Rule } from './rule.ts';

const quote = (id: string) => `« ${id} »`;

export const parcoursOrder: Rule = {
	id: 'parcours-order',
	severity: 'error',
	description: 'Un parcours place chaque module après ceux de ses prérequis qu’il contient.',
	check(context) {
		for (const parcours of context.graph.byCollection.parcours.values()) {
			const entry = parcours as LoadedEntry<'parcours'>;
			const steps = entry.data.steps;
			const firstStep = new Map<string, number>();
			steps.forEach((step, index) => {
				if (!firstStep.has(step.module)) firstStep.set(step.module, index);
			});
			const stepPlace = (index: number, message: string): RelatedPlace => ({
				file: entry.file,
				...context.at(entry, ['steps', index, 'module']),
				message,
			});
			steps.forEach((step, index) => {
				const module = context.graph.get('modules', step.module) as LoadedEntry<'modules'> | undefined;
				if (!module) return;
				context.graph.prerequisites(module.id).forEach((link, position) => {
					const inParcours = linkModuleIds(link)
						.filter((id) => id !== module.id && firstStep.has(id))
						.sort((a, b) => firstStep.get(a)! - firstStep.get(b)!);
					if (inParcours.length === 0 || inParcours.some((id) => firstStep.get(id)! < index)) return;
					const later = inParcours.map((id) => firstStep.get(id)!);
					const where = later.length > 1 ? `étapes ${joinFrench(later.map((at) => String(at + 1)))}` : `étape ${later[0]! + 1}`;
					const what =
						link.kind === 'anyOf'
							? `l’un des modules ${joinFrench(inParcours.map(quote))}, placés plus loin (${where})`
							: link.kind === 'competence'
								? inParcours.length > 1
									? `une compétence que l’un des modules ${joinFrench(inParcours.map(quote))} apporte, placés plus loin (${where})`
									: `une compétence que le module ${quote(inParcours[0]!)} apporte, placé plus loin (${where})`
								: `le module ${quote(inParcours[0]!)}, placé plus loin (${where})`;
					context.report({
						file: entry.file,
						point: context.at(entry, ['steps', index, 'module']),
						message: `étape ${index + 1} : ${quote(module.id)} demande ${what}`,
						hint:
							inParcours.length > 1
								? `placez l’un de ces modules avant ${quote(module.id)} dans « steps »`
								: `placez ${quote(inParcours[0]!)} avant ${quote(module.id)} dans « steps »`,
						related: [
							...later.map((at) => stepPlace(at, `étape ${at + 1} : ${quote(steps[at]!.module)}`)),
							{ file: module.file, ...context.at(module, ['prerequisites', position]), message: 'le prérequis' },
						],
					});
				});
			});
		}
	},
};
