// `duplicate-reference`: a list of a header names each content once. A module written twice in a
// parcours's `steps` counts twice in the parcours's duration; twice in `prerequisites`,
// `followUps`, a persona's `modules`… it shows twice on the page.
import type { LoadedEntry } from '../model/load.ts';
import type { Reference } from '../model/references.ts';
import type { Rule } from './rule.ts';
import { referencePoint } from './support/places.ts';

/** Fields whose items may name the same content again: each step of a running order is its own. */
const REPEATABLE_FIELDS = new Set(['sequence', 'evaluation']);

export const duplicateReference: Rule = {
	id: 'duplicate-reference',
	severity: 'error',
	description: 'Une liste de l’en-tête (étapes d’un parcours, prérequis, prolongements, modules, personas…) ne cite pas deux fois le même contenu.',
	check(context) {
		const first = new Map<string, Reference>();
		for (const reference of context.graph.references) {
			const path = reference.path ?? [];
			// The list the id is an item of: ['steps'] for ['steps', 3, 'module'], ['prerequisites', 2, 'anyOf']…
			const item = path.findLastIndex((segment) => typeof segment === 'number');
			if (item === -1 || REPEATABLE_FIELDS.has(String(path[0]))) continue;
			const list = path.slice(0, item);
			const field = String(list.findLast((segment) => typeof segment === 'string'));
			const key = [reference.from.file, JSON.stringify(list), reference.target, reference.id].join('\u0000');
			const earlier = first.get(key);
			if (!earlier) {
				first.set(key, reference);
				continue;
			}
			const place = referencePoint(context, earlier);
			context.report({
				file: reference.from.file,
				point: referencePoint(context, reference),
				message: `« ${reference.id} » figure deux fois dans « ${field} »`,
				hint:
					field === 'steps'
						? 'retirez cette étape : la durée du parcours compterait ce module deux fois'
						: `retirez cette mention : « ${field} » cite chaque contenu une seule fois`,
				related: [{ file: (earlier.from as LoadedEntry).file, ...place, message: 'première mention' }],
			});
		}
	},
};
