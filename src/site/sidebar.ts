// The sidebar, built from the content so that a fork's modules and paths appear without editing code,
// and so that a fork without personas, kit, decks… offers no way into a part it does not publish
// (the home page follows the same rule).
import type { ContentGraph } from '../model/graph.ts';
import { keywordIndex } from './keywords.ts';
import { entryLabel, moduleLabel, moduleShortLabel } from './labels.ts';
import { reperesInOrder } from './reperes.ts';
import { DATA_PATH } from '../open-data/paths.ts';
import { collectionPath, COMPETENCES_PATH, CONDITIONS_PATH, CREDITS_PATH, entryPath } from './urls.ts';

interface SidebarLink {
	label: string;
	link: string;
	attrs?: Record<string, string>;
}

interface SidebarGroup {
	label: string;
	collapsed?: boolean;
	items: (SidebarLink | SidebarGroup)[];
}

export function buildSidebar(graph: ContentGraph): SidebarGroup[] {
	const cataloguePages = [...graph.byCollection.catalogue.values()].sort(
		(a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
	);
	const parcours = [...graph.byCollection.parcours.values()].sort((a, b) => a.data.title.localeCompare(b.data.title, 'fr'));
	const has = (collection: keyof ContentGraph['byCollection']) => graph.byCollection[collection].size > 0;
	// A map or a path builder over a single module says nothing: the home page offers them from two.
	const severalModules = graph.byCollection.modules.size > 1;
	const groups: SidebarGroup[] = [
		{
			label: 'Catalogue',
			items: [
				{ label: 'Accueil', link: '/' },
				{ label: 'Tous les modules', link: '/modules/' },
				...cataloguePages.map((page) => ({ label: page.data.title, link: entryPath('catalogue', page.id) })),
				{ label: 'Conditions générales', link: CONDITIONS_PATH },
				...graph.sectionsInOrder().map((section) => ({
					label: section.data.title,
					// Starlight opens the group of the page being read: the others stay short.
					collapsed: true,
					items: [
						{ label: 'Présentation de la section', link: entryPath('sections', section.id) },
						...graph.modulesInSection(section.id).map((module) => ({
							label: moduleShortLabel(module),
							link: entryPath('modules', module.id),
							attrs: { title: moduleLabel(module) },
						})),
					],
				})),
			],
		},
		{
			label: 'Parcours',
			items: !has('parcours') ? [] : [
				{ label: 'Tous les parcours', link: collectionPath('parcours') },
				...parcours.map((entry) => ({ label: entryLabel(entry), link: entryPath('parcours', entry.id) })),
			],
		},
		{
			label: 'Personas',
			items: [
				...(has('personas') ? [{ label: 'Personas', link: collectionPath('personas') }] : []),
				...(has('roles') ? [{ label: 'Rôles professionnels', link: collectionPath('roles') }] : []),
			],
		},
		{
			label: 'Repères',
			items: !has('reperes') ? [] : [
				{ label: 'Tous les repères', link: collectionPath('reperes') },
				...reperesInOrder(graph).map((entry) => ({ label: entry.data.title, link: entryPath('reperes', entry.id) })),
			],
		},
		{
			label: 'Kit réseau',
			items: [
				...(has('kit') ? [{ label: 'Le kit', link: collectionPath('kit') }] : []),
				...(has('repertoire') ? [{ label: 'Répertoire des lieux', link: '/repertoire/' }] : []),
			],
		},
		{ label: 'Supports', items: has('decks') ? [{ label: 'Supports de présentation', link: collectionPath('decks') }] : [] },
		{ label: 'Glossaire', items: has('glossaire') ? [{ label: 'Tous les termes', link: collectionPath('glossaire') }] : [] },
		{
			label: 'Trouver et choisir',
			items: [
				{ label: 'Rechercher', link: '/recherche/' },
				...(severalModules
					? [
							{ label: 'Carte des modules', link: '/carte/' },
							{ label: 'Composer un parcours', link: '/composer/' },
						]
					: []),
				...(keywordIndex(graph).length > 0 ? [{ label: 'Mots-clés', link: '/mots-cles/' }] : []),
				{ label: 'Compétences numériques', link: COMPETENCES_PATH },
			],
		},
		{ label: 'À propos', items: [
				{ label: 'Crédits', link: CREDITS_PATH },
				{ label: 'Accessibilité', link: '/accessibilite/' },
				{ label: 'Données ouvertes', link: DATA_PATH },
			] },
	];
	return groups.filter((group) => group.items.length > 0);
}
