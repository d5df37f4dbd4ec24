// `objective-verb`: an objective says what participants will be seen doing. « Connaître »,
// « comprendre » or « être sensibilisé·e » cannot be observed, so nobody can check them.
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';

interface VagueVerb {
	/** The start of the objective, lower case without accents. */
	prefix: RegExp;
	/** Observable verbs that often say what was meant. */
	instead: string;
}

const VAGUE_VERBS: VagueVerb[] = [
	{ prefix: /^connaitre\b/, instead: 'identifier, citer, décrire' },
	{ prefix: /^comprendre\b/, instead: 'expliquer, reformuler, distinguer' },
	{ prefix: /^savoir\b/, instead: 'le verbe qui suit « savoir », directement (« Utiliser… », « Orienter… »)' },
	{ prefix: /^maitriser\b/, instead: 'utiliser, appliquer, réaliser' },
	{ prefix: /^etre (?:sensibilise|conscient|informe)/, instead: 'repérer, expliquer, signaler' },
	{ prefix: /^(?:se sensibiliser|prendre conscience)\b/, instead: 'repérer, expliquer' },
	{ prefix: /^avoir (?:en tete|connaissance|conscience)\b/, instead: 'citer, situer, identifier' },
	{ prefix: /^apprehender\b/, instead: 'décrire, expliquer, analyser' },
	{ prefix: /^(?:se familiariser|decouvrir)\b/, instead: 'utiliser, essayer, présenter' },
];

/** Verbs whose result a trainer can see, offered with every warning. */
const OBSERVABLE = ['identifier', 'expliquer', 'utiliser', 'accompagner', 'orienter'];

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

/** The words of the objective up to its vague verb phrase: « Avoir en tête ». */
function opening(text: string, prefix: RegExp): string {
	const length = prefix.exec(fold(text))?.[0].length ?? 0;
	return text.trim().slice(0, length);
}

export const objectiveVerb: Rule = {
	id: 'objective-verb',
	severity: 'warning',
	description: 'Un objectif commence par un verbe qu’on peut observer (identifier, expliquer, utiliser, accompagner, orienter…), pas par « connaître » ou « comprendre ».',
	check(context) {
		for (const module of context.graph.byCollection.modules.values()) {
			const entry = module as LoadedEntry<'modules'>;
			entry.data.objectives.forEach((objective, index) => {
				const vague = VAGUE_VERBS.find((verb) => verb.prefix.test(fold(objective.text)));
				if (!vague) return;
				context.report({
					file: entry.file,
					point: context.at(entry, ['objectives', index, 'text']),
					message: `objectif ${index + 1} : « ${opening(objective.text, vague.prefix)} » ne se voit pas ; on ne peut pas vérifier qu’il est atteint`,
					hint: `commencez par ce que les participant·e·s feront, par exemple : ${vague.instead}${OBSERVABLE.filter((verb) => !vague.instead.includes(verb)).map((verb) => `, ${verb}`).join('')}`,
				});
			});
		}
	},
};
