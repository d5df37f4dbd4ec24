// The rule behind every `unknown-<kind>` code: each id a content names, in its header or in a
// directive such as :module[…], is the id of an existing entry of that kind.
import { posix } from 'node:path';
import { eachCitedNoun, extensionsOf, specOf, unknownNoun, type CollectionName } from '../../model/collections.ts';
import { closest } from '../../model/suggest.ts';
import { removedFiles } from '../../versioning/removed-files.ts';
import type { Rule } from '../rule.ts';
import { declaredIds } from './known-ids.ts';
import { referencePoint } from './places.ts';

/** « module retiré », « persona retirée ». */
function removedNoun(collection: CollectionName): string {
	const { singular, gender } = specOf(collection).noun;
	return `${singular} ${gender === 'f' ? 'retirée' : 'retiré'}`;
}

export function unknownReferenceRule(target: CollectionName, id: string): Rule {
	const spec = specOf(target);
	const directive = spec.directive;
	return {
		id,
		severity: 'error',
		description: `${eachCitedNoun(target)}${directive ? ` (dans un en-tête ou par :${directive}[…])` : ' dans un en-tête'} existe dans le dossier « ${spec.folder} ».`,
		check(context) {
			const known = declaredIds(context.content, target);
			const folder = posix.join(context.content.contentDir, spec.folder);
			// Read from git only when an id is unknown, once per run.
			let removed: Set<string> | undefined;
			const wasRemoved = (id: string) => {
				removed ??= removedFiles(context.content.root, folder);
				return extensionsOf(spec.format).some((extension) => removed!.has(`${folder}/${id}${extension}`));
			};
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
					message: `${unknownNoun(target)} « ${reference.id} »`,
					hint: wasRemoved(reference.id)
						? `${removedNoun(target)} ? son fichier existait dans l’historique git : retirez cette référence${target === 'modules' ? ` (« npm run retirer -- ${reference.id} » les retire toutes)` : ''}`
						: suggestion
						? `vouliez-vous dire « ${suggestion} » ?`
						: known.size === 0
							? `le dossier ${folder}/ est vide : créez « ${expected} » ou retirez cette référence`
							: `aucun fichier « ${expected} » : vérifiez l’identifiant (le nom du fichier, sans extension)`,
				});
			}
		},
	};
}
