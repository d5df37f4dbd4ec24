// Links to the kit pages that show a view of its data (the typology tables, the structure types, the
// directory guide, the answers page). The page is the one whose `shows` names the view, whatever its
// id: a fork may rename or drop it, and then gets the words without a link, never a link to nowhere.
import type { ContentGraph } from '../model/graph.ts';
import type { KitView } from '../model/schemas/kit.ts';
import { entryPath, withBase } from './urls.ts';

/** The address of the kit page showing `view` (with `anchor`), or undefined when no page shows it. */
export function kitViewHref(graph: ContentGraph, view: KitView, base: string, anchor?: string): string | undefined {
	const page = [...graph.byCollection.kit.values()]
		.filter((entry) => entry.data.shows === view)
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))[0];
	if (!page) return undefined;
	return `${withBase(entryPath('kit', page.id), base)}${anchor ? `#${anchor}` : ''}`;
}
