// Every place an entry names another one: frontmatter fields and directives in the body.
import type { Root } from 'mdast';
import { collectDirectives } from '../markdown/directives.ts';
import { isReferenceDirective, REFERENCE_DIRECTIVES, type CollectionName } from './collections.ts';
import type { Entry } from './load.ts';
import { EVALUATION_MOMENTS } from './schemas/module.ts';
import { splitQuizReference } from './quizzes.ts';
import type { Point } from './source.ts';
import type { YamlPath } from './yaml-document.ts';

export type Relation =
	| 'section'
	| 'prerequisite'
	| 'followUp'
	| 'step'
	| 'module'
	| 'persona'
	| 'related'
	| 'term'
	| 'questionnaire'
	| 'deck'
	| 'directive';

export interface Reference {
	from: Entry;
	target: CollectionName;
	id: string;
	relation: Relation;
	/** Frontmatter path of the reference; absent for a directive. */
	path?: YamlPath;
	/** Where the directive is written; for frontmatter references, the loader's entry locates `path`. */
	point?: Point;
	/** Name of the directive, for references written in the body. */
	directive?: string;
}

type Collector = (entry: Entry, add: (target: CollectionName, id: string, relation: Relation, path: YamlPath) => void) => void;

const listOf = (
	add: Parameters<Collector>[1],
	ids: readonly string[],
	target: CollectionName,
	relation: Relation,
	field: string,
) => ids.forEach((id, index) => add(target, id, relation, [field, index]));

const FRONTMATTER_REFERENCES: { [C in CollectionName]?: Collector } = {
	modules(entry, add) {
		const data = (entry as Entry<'modules'>).data;
		add('sections', data.section, 'section', ['section']);
		data.prerequisites.forEach((prerequisite, index) => {
			if (typeof prerequisite === 'string') add('modules', prerequisite, 'prerequisite', ['prerequisites', index]);
			else if ('anyOf' in prerequisite)
				prerequisite.anyOf.forEach((id, j) => add('modules', id, 'prerequisite', ['prerequisites', index, 'anyOf', j]));
			else if (prerequisite.orModule)
				add('modules', prerequisite.orModule, 'prerequisite', ['prerequisites', index, 'orModule']);
			else
				prerequisite.orModules?.forEach((id, j) => add('modules', id, 'prerequisite', ['prerequisites', index, 'orModules', j]));
		});
		listOf(add, data.followUps, 'modules', 'followUp', 'followUps');
		// A quiz is named "deck/quiz": its deck is a reference like any other.
		const quizDeck = (reference: string | undefined, path: YamlPath) => {
			const deck = reference ? splitQuizReference(reference)?.deck : undefined;
			if (deck) add('decks', deck, 'deck', path);
		};
		data.sequence.forEach((step, index) => {
			if (step.persona) add('personas', step.persona, 'persona', ['sequence', index, 'persona']);
			if (step.deck) add('decks', step.deck, 'deck', ['sequence', index, 'deck']);
			quizDeck(step.quiz, ['sequence', index, 'quiz']);
		});
		for (const moment of EVALUATION_MOMENTS) {
			const item = data.evaluation?.[moment];
			if (item?.questionnaire) add('questionnaires', item.questionnaire, 'questionnaire', ['evaluation', moment, 'questionnaire']);
			quizDeck(item?.quiz, ['evaluation', moment, 'quiz']);
		}
	},
	parcours(entry, add) {
		const data = (entry as Entry<'parcours'>).data;
		data.steps.forEach((step, index) => add('modules', step.module, 'step', ['steps', index, 'module']));
		listOf(add, data.personas, 'personas', 'persona', 'personas');
	},
	personas(entry, add) {
		const data = (entry as Entry<'personas'>).data;
		listOf(add, data.modules, 'modules', 'module', 'modules');
		listOf(add, data.related, 'personas', 'related', 'related');
	},
	roles(entry, add) {
		listOf(add, (entry as Entry<'roles'>).data.modules, 'modules', 'module', 'modules');
	},
	glossaire(entry, add) {
		const data = (entry as Entry<'glossaire'>).data;
		listOf(add, data.related, 'glossaire', 'related', 'related');
		listOf(add, data.modules, 'modules', 'module', 'modules');
	},
	decks(entry, add) {
		const data = (entry as Entry<'decks'>).data;
		listOf(add, data.modules, 'modules', 'module', 'modules');
		listOf(add, data.personas, 'personas', 'persona', 'personas');
	},
	kit(entry, add) {
		const data = (entry as Entry<'kit'>).data;
		listOf(add, data.terms, 'glossaire', 'term', 'terms');
		if (data.questionnaire) add('questionnaires', data.questionnaire, 'questionnaire', ['questionnaire']);
	},
	scenarios(entry, add) {
		const persona = (entry as Entry<'scenarios'>).data.persona;
		if (persona) add('personas', persona, 'persona', ['persona']);
	},
};

/** References written in an entry's frontmatter. */
export function frontmatterReferences(entry: Entry): Reference[] {
	const found: Reference[] = [];
	FRONTMATTER_REFERENCES[entry.collection]?.(entry, (target, id, relation, path) =>
		found.push({ from: entry, target, id, relation, path }),
	);
	return found;
}

/** References written as directives (:module[id]…) in a Markdown tree. */
export function directiveReferences(entry: Entry, tree: Root): Reference[] {
	return collectDirectives(tree)
		.filter((directive) => directive.kind === 'text' && isReferenceDirective(directive.name))
		.map((directive) => ({
			from: entry,
			target: REFERENCE_DIRECTIVES[directive.name as keyof typeof REFERENCE_DIRECTIVES]!,
			id: directive.label,
			relation: 'directive' as const,
			point: directive.labelPoint,
			directive: directive.name,
		}));
}
