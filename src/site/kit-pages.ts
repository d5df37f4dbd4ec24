// Links to the kit's fixed pages (the typology tables, the directory guide, the answers page): a
// fork that dropped one of these pages gets the words without a link, never a link to nowhere.
import type { ContentGraph } from '../model/graph.ts';
import { entryPath, withBase } from './urls.ts';

/** The address of the kit page `id` (with `anchor`), or undefined when the site has no such page. */
export function kitPageHref(graph: ContentGraph, id: string, base: string, anchor?: string): string | undefined {
	if (!graph.get('kit', id)) return undefined;
	return `${withBase(entryPath('kit', id), base)}${anchor ? `#${anchor}` : ''}`;
}
