// `lheo-incomplete`: a training organisation (organisation.yaml gives a SIRET, an activity
// declaration or Qualiopi) publishes its offer in LHÉO (dist/donnees/lheo.xml); this warning says
// which of its fields LHÉO still lacks, and which modules the file leaves out for want of the codes
// of their audience.
import type { LoadedEntry } from '../model/load.ts';
import { describeMissing, lheoMissing, lheoModulesLeftOut } from '../open-data/lheo.ts';
import type { Rule } from './rule.ts';

export const lheoIncomplete: Rule = {
	id: 'lheo-incomplete',
	severity: 'warning',
	description: 'Un organisme de formation donne dans organisation.yaml ce que LHÉO demande, et chaque module ses publics visés, pour que lheo.xml décrive toute son offre.',
	check(context) {
		const organisation = context.content.organisation;
		if (!organisation) return;
		const data = organisation.data;
		if (data.siret === undefined && data.registration === undefined && data.qualiopi === undefined) return;
		const missing = lheoMissing(data);
		if (missing.length > 0) {
			context.report({
				file: organisation.file,
				point: organisation.locate(missing[0]!.path.split('.')),
				message: `l’offre de formation ne peut pas être publiée au format LHÉO (donnees/lheo.xml) : ${describeMissing(missing)}`,
				hint: 'par exemple : siret: "123 456 789 00012", registration: { number: "76 31 00000 31", region: Occitanie }, address: { street: "1 rue …", postalCode: "31000", city: Toulouse }',
			});
			return;
		}
		for (const { module } of lheoModulesLeftOut(context.graph)) {
			const entry = context.graph.get('modules', module) as LoadedEntry<'modules'>;
			context.report({
				file: entry.file,
				point: context.at(entry, ['title'], { key: true }),
				message: `le module n’est pas dans l’offre LHÉO (donnees/lheo.xml) : il ne dit pas ses publics visés en codes FORMACODE (« audienceCodes »)`,
				hint: 'ajoutez par exemple « audienceCodes: [80036] » à la fiche, ou sous « training: » dans organisation.yaml pour tous les modules',
			});
		}
	},
};
