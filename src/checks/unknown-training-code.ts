// `unknown-training-code`: each FORMACODE, audience and NSF code of a module or of organisation.yaml's
// `training` is in the code lists the commons ships (src/model/code-lists/), so that the LHÉO
// export (dist/donnees/lheo.xml) only states codes that exist.
import { findCode, FORMACODE, FORMACODE_AUDIENCES, NSF, type CodeList } from '../model/code-lists/index.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Point } from '../model/source.ts';
import type { YamlPath } from '../model/yaml-document.ts';
import type { Rule, RuleContext } from './rule.ts';

const FIELDS = [
	{ field: 'formacode', list: FORMACODE, noun: 'code FORMACODE', file: 'formacode.ts' },
	{ field: 'audienceCodes', list: FORMACODE_AUDIENCES, noun: 'code FORMACODE de public', file: 'formacode.ts' },
	{ field: 'nsf', list: NSF, noun: 'code NSF', file: 'nsf.ts' },
] as const;

type Classified = Partial<Record<(typeof FIELDS)[number]['field'], string[]>>;

function hintFor(list: CodeList, code: string, file: string): string {
	const elsewhere = FIELDS.find((other) => other.list !== list && findCode(other.list, code));
	const moved = elsewhere ? `« ${code} » est un ${elsewhere.noun} : à écrire sous « ${elsewhere.field} » ? ` : '';
	const shipped = list.codes.map((entry) => `${entry.code} (${entry.label})`).join(', ');
	return `${moved}codes connus : ${shipped} ; un autre code s’ajoute, avec son libellé officiel, dans src/model/code-lists/${file}`;
}

function checkCodes(context: RuleContext, file: string, data: Classified | undefined, at: (path: YamlPath) => Point): void {
	for (const { field, list, noun, file: listFile } of FIELDS) {
		data?.[field]?.forEach((code, index) => {
			if (findCode(list, code)) return;
			context.report({
				file,
				point: at([field, index]),
				message: `${noun} inconnu « ${code} »`,
				hint: hintFor(list, code, listFile),
			});
		});
	}
}

export const unknownTrainingCode: Rule = {
	id: 'unknown-training-code',
	severity: 'error',
	description: 'Chaque code FORMACODE, de public ou NSF d’un module ou de organisation.yaml est dans les listes officielles livrées avec le commun.',
	check(context) {
		const organisation = context.content.organisation;
		if (organisation) checkCodes(context, organisation.file, organisation.data.training, (path) => organisation.locate(['training', ...path]));
		for (const module of context.graph.byCollection.modules.values()) {
			const entry = module as LoadedEntry<'modules'>;
			checkCodes(context, entry.file, entry.data, (path) => context.at(entry, path));
		}
	},
};
