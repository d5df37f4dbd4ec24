// `incompatible-licence`: content is under CC BY-SA 4.0 or a licence that can join it, and what it
// adapts may be published under CC BY-SA (adaptations stay under it: ShareAlike).
import type { LoadedEntry } from '../model/load.ts';
import {
	ACCEPTED_LICENCES,
	COMMONS_LICENCE,
	isAcceptedLicence,
	isAdaptableLicence,
} from '../model/licences.ts';
import type { DerivedFrom } from '../model/schemas/index.ts';
import { originChain } from '../model/origins.ts';
import type { Rule } from './rule.ts';

interface Licensed {
	licence?: string;
	derivedFrom?: DerivedFrom | DerivedFrom[];
}

export const incompatibleLicence: Rule = {
	id: 'incompatible-licence',
	severity: 'error',
	description:
		'La licence d’un contenu est CC-BY-SA-4.0 ou compatible ; un contenu adapté reste sous CC-BY-SA-4.0 et son original se laisse adapter.',
	check(context) {
		for (const entry of context.content.entries) {
			const data = entry.data as Licensed;
			if (typeof data.licence !== 'string') continue;
			const origins = originChain(data.derivedFrom);
			const loaded = entry as LoadedEntry;
			if (!isAcceptedLicence(data.licence)) {
				context.report({
					file: entry.file,
					point: context.at(loaded, ['licence']),
					message: `licence « ${data.licence} » non compatible avec le commun (CC BY-SA 4.0)`,
					hint: `choisissez ${ACCEPTED_LICENCES.join(', ')} (identifiants SPDX) ; sans champ « licence », le contenu est sous ${COMMONS_LICENCE}`,
				});
			} else if (origins.length > 0 && data.licence !== COMMONS_LICENCE) {
				context.report({
					file: entry.file,
					point: context.at(loaded, ['licence']),
					message: `un contenu adapté reste sous ${COMMONS_LICENCE} (partage dans les mêmes conditions), pas sous « ${data.licence} »`,
					hint: `écrivez licence: ${COMMONS_LICENCE}, ou retirez la ligne « licence »`,
				});
			}
			for (const { origin, path: at } of origins) {
				if (origin.licence === undefined || isAdaptableLicence(origin.licence)) continue;
				const path = [...at, 'licence'];
				context.report({
					file: entry.file,
					point: context.at(loaded, path),
					message: `l’original est sous « ${origin.licence} », qui ne permet pas de publier une adaptation sous ${COMMONS_LICENCE}`,
					hint: 'une licence « NC » (pas d’usage commercial) ou « ND » (pas de modification) interdit l’adaptation : demandez l’accord des auteur·rice·s ou retirez ce contenu',
				});
			}
		}
	},
};
