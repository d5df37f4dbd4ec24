// `unknown-competence-code`: each code under a module's `frameworks` is a competence of that
// framework, as published (CRCN: 16 competences, DigComp 2.2: 21).
import { competencesOf, FRAMEWORK_IDS, FRAMEWORKS, findCompetence, frenchTitle, type FrameworkId } from '../model/frameworks/index.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';

/** A code as a contributor may have mistyped it: "42" → "4.2", "4,2" → "4.2", "CRCN 4.2" → "4.2". */
function repaired(code: string): string {
	const digits = code.replace(/,/g, '.').replace(/[^0-9.]/g, '');
	return /^\d\d$/.test(digits) ? `${digits[0]}.${digits[1]}` : digits;
}

function hintFor(id: FrameworkId, code: string): string {
	const framework = FRAMEWORKS[id];
	const fixed = repaired(code);
	const found = fixed !== code ? findCompetence(id, fixed) : undefined;
	if (found) return `vouliez-vous dire « ${found.code} » (${frenchTitle(found)}) ?`;
	const other = FRAMEWORK_IDS.find((otherId) => otherId !== id && findCompetence(otherId, fixed));
	const area = framework.areas.find((candidate) => candidate.code === fixed.split('.')[0]);
	const inArea = area ? `le domaine ${area.code} (${frenchTitle(area)}) compte ${area.competences.map((competence) => competence.code).join(', ')}` : '';
	const all = competencesOf(framework);
	const range = `les codes ${framework.id === 'crcn' ? 'du CRCN' : `de ${framework.name}`} vont de ${all[0]!.code} à ${all.at(-1)!.code}`;
	const elsewhere = other ? ` ; « ${fixed} » existe dans ${FRAMEWORKS[other].name} : à écrire sous « ${other}: » ?` : '';
	return `${inArea || range}${elsewhere} (liste complète : page /competences/ du site)`;
}

export const unknownCompetenceCode: Rule = {
	id: 'unknown-competence-code',
	severity: 'error',
	description: 'Chaque code de compétence cité sous « frameworks » existe dans son référentiel (CRCN ou DigComp 2.2).',
	check(context) {
		for (const module of context.graph.byCollection.modules.values()) {
			const entry = module as LoadedEntry<'modules'>;
			for (const id of FRAMEWORK_IDS) {
				entry.data.frameworks[id].forEach((code, index) => {
					if (findCompetence(id, code)) return;
					context.report({
						file: entry.file,
						point: context.at(entry, ['frameworks', id, index]),
						message: `compétence inconnue « ${code} » dans ${FRAMEWORKS[id].inSentence}`,
						hint: hintFor(id, code),
					});
				});
			}
		}
	},
};
