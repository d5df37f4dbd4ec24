// What pages still ask of Astro's content layer: the rendered body of an entry. Which entries
// exist, and their data, come from the model (site/project.ts).
import { getEntry, render } from 'astro:content';
import type { CollectionName } from '../model/collections.ts';
import type { Entry } from '../model/load.ts';
import { getGraph } from './graph.ts';

/** One static path per entry of a collection, with the model's entry as a prop. */
export function entryPaths<C extends CollectionName>(collection: C): { params: { id: string }; props: { entry: Entry<C> } }[] {
	return [...getGraph().byCollection[collection].values()].map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The body of an entry, rendered by Astro (Markdown, or MDX compiled as a module). */
export async function renderBody(entry: Entry) {
	const stored = await getEntry(entry.collection as never, entry.id);
	if (!stored) throw new Error(`« ${entry.file} » n’est pas dans les collections d’Astro : le contenu a changé pendant la construction ?`);
	return render(stored);
}
