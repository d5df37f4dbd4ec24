// The table of contents of a module sheet or a learning path: the page's own headings around the body's.
import type { MarkdownHeading } from 'astro';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';

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
		...(data.sources.length > 0 ? [heading('sources', 'Sources')] : []),
		heading('attribution', 'Version et licence'),
	];
}

/** The table of contents of a learning path: its fixed headings, then the body's. */
export function parcoursHeadings(parcours: Entry<'parcours'>, body: MarkdownHeading[]): MarkdownHeading[] {
	const data = parcours.data;
	const heading = (slug: string, text: string) => ({ depth: 2, slug, text });
	return [
		heading('public', 'Public'),
		...(data.needs.length > 0 ? [heading('besoins', 'Besoins auxquels il répond')] : []),
		heading('etapes', 'Étapes'),
		...body,
		...(data.personas.length > 0 ? [heading('personas', 'Personas')] : []),
		heading('attribution', 'Version et licence'),
	];
}
