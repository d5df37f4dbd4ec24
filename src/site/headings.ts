// The table of contents of a module sheet or a learning path: the page's own headings around the body's.
import type { MarkdownHeading } from 'astro';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';
import { FRAMEWORK_IDS } from '../model/frameworks/index.ts';
import { PRACTICAL_ANCHORS, QUALIOPI_ITEMS } from '../model/training-info.ts';

export function moduleSheetHeadings(graph: ContentGraph, module: ModuleEntry, body: MarkdownHeading[]): MarkdownHeading[] {
	const data = module.data;
	const heading = (slug: string, text: string, depth = 2) => ({ depth, slug, text });
	const hasCompetences =
		Object.values(data.competences).some((items) => items.length > 0) || FRAMEWORK_IDS.some((id) => data.frameworks[id].length > 0);
	const practice =
		graph.linkedToModule('personas', module.id).length + graph.linkedToModule('decks', module.id).length + data.sequence.length;
	return [
		...(data.audience ? [heading('publics', 'Publics visés')] : []),
		heading('informations-pratiques', 'Informations pratiques'),
		...QUALIOPI_ITEMS.map((item) => heading(PRACTICAL_ANCHORS[item.id], item.heading, 3)),
		...(hasCompetences ? [heading('competences', 'Compétences visées')] : []),
		...(FRAMEWORK_IDS.some((id) => data.frameworks[id].length > 0) ? [heading('referentiels', 'Référentiels de compétences numériques', 3)] : []),
		heading('contenus', 'Contenus'),
		...body,
		...(data.sequence.length > 0 ? [heading('deroule-minute', 'Déroulé minuté')] : []),
		...(data.sequence.length > 0 && data.requirements ? [heading('salle-materiel', 'Salle, matériel et connexion', 3)] : []),
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
