// How an entry is named in links, lists and the sidebar, the same everywhere.
import type { ContentGraph } from '../model/graph.ts';
import type { CollectionName } from '../model/collections.ts';
import type { Entry } from '../model/load.ts';

export function moduleLabel(module: Entry<'modules'>): string {
	return `Module ${module.data.number} · ${module.data.title}`;
}

/**
 * A module in the sidebar: « 10A · caf.fr ». Its short title, else what follows the colon of a title
 * such as « Accompagner le public sur les plateformes : caf.fr », else the whole title.
 */
export function moduleShortLabel(module: Entry<'modules'>): string {
	const { number, title, shortTitle } = module.data;
	const afterColon = /\s:\s*(.+)$/.exec(title)?.[1];
	return `${number} · ${shortTitle ?? afterColon ?? title}`;
}

export function entryLabel(entry: Entry): string {
	switch (entry.collection) {
		case 'modules':
			return moduleLabel(entry as Entry<'modules'>);
		case 'personas':
			return (entry as Entry<'personas'>).data.name;
		case 'roles': {
			const role = (entry as Entry<'roles'>).data;
			return `${role.name}, ${role.job}`;
		}
		case 'glossaire':
			return (entry as Entry<'glossaire'>).data.term;
		case 'repertoire':
			return (entry as Entry<'repertoire'>).data.name;
		case 'scenarios': {
			const scenario = (entry as Entry<'scenarios'>).data;
			return `Scénario ${scenario.letter} · ${scenario.title}`;
		}
		default:
			return (entry.data as { title: string }).title;
	}
}

export function labelOf(graph: ContentGraph, collection: CollectionName, id: string): string | undefined {
	const entry = graph.get(collection, id);
	return entry ? entryLabel(entry) : undefined;
}
