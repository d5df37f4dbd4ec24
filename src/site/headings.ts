// The table of contents of a module sheet: the sheet's own headings around the body's.
import type { MarkdownHeading } from 'astro';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';

export function moduleSheetHeadings(graph: ContentGraph, module: ModuleEntry, body: MarkdownHeading[]): MarkdownHeading[] {
	const data = module.data;
	const heading = (slug: string, text: string, depth = 2) => ({ depth, slug, text });
	const hasCompetences = Object.values(data.competences).some((items) => items.length > 0);
	const practice = graph.linkedToModule('personas', module.id).length + graph.linkedToModule('decks', module.id).length;
	return [
		heading('objectifs', 'Objectifs'),
		heading('prerequis', 'Prérequis'),
		...(hasCompetences ? [heading('competences', 'Compétences visées')] : []),
		heading('contenus', 'Contenus'),
		...body,
		...(data.methods.length > 0 ? [heading('methodes', 'Méthodes pédagogiques')] : []),
		...(data.resources.length > 0 ? [heading('ressources', 'Ressources remises')] : []),
		heading('prolongements', 'Prolongements possibles'),
		...(practice > 0 ? [heading('pour-pratiquer', 'Pour pratiquer')] : []),
		...(data.keywords.length > 0 ? [heading('mots-cles', 'Mots-clés')] : []),
		heading('attribution', 'Version et licence'),
	];
}
