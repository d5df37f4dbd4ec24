// The rule behind every `unknown-<kind>` code: each id a content names, in its header or in a
// directive such as :module[…], is the id of an existing entry of that kind.
import { posix } from 'node:path';
import { REFERENCE_DIRECTIVES } from '../../markdown/directives.ts';
import { collections, extensionsOf, type CollectionName } from '../../model/collections.ts';
import { closest } from '../../model/suggest.ts';
import type { Rule } from '../rule.ts';
import { declaredIds } from './known-ids.ts';
import { referencePoint } from './places.ts';

/** How messages name a missing entry of each kind, and the rule's description, with French agreement. */
const KINDS: Record<CollectionName, { unknown: string; each: string }> = {
	modules: { unknown: 'module inconnu', each: 'Chaque module cité' },
	sections: { unknown: 'section inconnue', each: 'Chaque section citée' },
	parcours: { unknown: 'parcours inconnu', each: 'Chaque parcours cité' },
	personas: { unknown: 'persona inconnue', each: 'Chaque persona citée' },
	roles: { unknown: 'rôle inconnu', each: 'Chaque rôle cité' },
	glossaire: { unknown: 'terme du glossaire inconnu', each: 'Chaque terme du glossaire cité' },
	decks: { unknown: 'support de présentation inconnu', each: 'Chaque support de présentation cité' },
	kit: { unknown: 'page du kit inconnue', each: 'Chaque page du kit citée' },
	catalogue: { unknown: 'page du catalogue inconnue', each: 'Chaque page du catalogue citée' },
	reperes: { unknown: 'page de repères inconnue', each: 'Chaque page de repères citée' },
	typologie: { unknown: 'catégorie de médiation inconnue', each: 'Chaque catégorie de médiation citée' },
	structures: { unknown: 'famille de structures inconnue', each: 'Chaque famille de structures citée' },
	repertoire: { unknown: 'lieu du répertoire inconnu', each: 'Chaque lieu du répertoire cité' },
	questionnaires: { unknown: 'questionnaire inconnu', each: 'Chaque questionnaire cité' },
	scenarios: { unknown: 'scénario inconnu', each: 'Chaque scénario cité' },
};

function directiveFor(target: CollectionName): string | undefined {
	return Object.entries(REFERENCE_DIRECTIVES).find(([, collection]) => collection === target)?.[0];
}

export function unknownReferenceRule(target: CollectionName, id: string): Rule {
	const spec = collections[target];
	const directive = directiveFor(target);
	return {
		id,
		severity: 'error',
		description: `${KINDS[target].each}${directive ? ` (dans un en-tête ou par :${directive}[…])` : ' dans un en-tête'} existe dans le dossier « ${spec.folder} ».`,
		check(context) {
			const known = declaredIds(context.content, target);
			const folder = posix.join(context.content.contentDir, spec.folder);
			for (const reference of context.graph.references) {
				if (reference.target !== target || known.has(reference.id)) continue;
				const point = referencePoint(context, reference);
				if (reference.id === '') {
					context.report({
						file: reference.from.file,
						point,
						message: `identifiant manquant dans :${reference.directive}[]`,
						hint: `écrivez l’identifiant entre les crochets : :${reference.directive}[identifiant]`,
					});
					continue;
				}
				const suggestion = closest(reference.id, known);
				const expected = `${folder}/${reference.id}${extensionsOf(spec.format)[0]}`;
				context.report({
					file: reference.from.file,
					point,
					message: `${KINDS[target].unknown} « ${reference.id} »`,
					hint: suggestion
						? `vouliez-vous dire « ${suggestion} » ?`
						: known.size === 0
							? `le dossier ${folder}/ est vide : créez « ${expected} » ou retirez cette référence`
							: `aucun fichier « ${expected} » : vérifiez l’identifiant (le nom du fichier, sans extension)`,
				});
			}
		},
	};
}
