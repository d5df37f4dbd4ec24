// The open-data catalogue (dist/donnees/catalogue.json), made from the one loaded project: every
// collection of the registry with every field of each entry as the model read it, plus its
// addresses on the site and its Markdown text. Nothing here re-reads content files.
import { collectionNames, specOf, isVersionedCollection, type CollectionName } from '../model/collections.ts';
import type { Entry, LoadedEntry } from '../model/load.ts';
import type { Project } from '../model/project.ts';
import type { KitView } from '../model/schemas/index.ts';
import { hasTrainerSheet } from '../site/trainer-sheets.ts';
import { entryPath, historyPath, trainerSheetPath } from '../site/urls.ts';
import { pdfOffers } from '../print/pdf-for-page.ts';
import { trainerSheetPdfPath } from '../print/routes.ts';
import { CONTENT_LICENCE, FORMAT_VERSION, type Catalogue, type Entity } from './catalogue-schema.ts';
import type { SiteAddress } from './site-address.ts';
import { badgePath, SCHEMA_JSON_PATH } from './paths.ts';

/** The kit's data shown on a kit page (`shows:`), and the anchor each entry has there. */
const KIT_VIEWS_OF: Partial<Record<CollectionName, { view: KitView; anchor: (id: string) => string }>> = {
	typologie: { view: 'typologie', anchor: (id) => `categorie-${id}` },
	structures: { view: 'types-structures', anchor: (id) => `famille-${id}` },
	scenarios: { view: 'scenarios', anchor: (id) => id },
};

/**
 * The page of an entry, when the site shows it. A questionnaire lives on the kit page that offers
 * it, and the kit's data on the kit page that shows it, whatever that page's id.
 */
function pagePath(project: Project, entry: Entry): string | undefined {
	const kitPages = [...project.graph.byCollection.kit.values()];
	if (entry.collection === 'questionnaires') {
		const page = kitPages.find((kitPage) => kitPage.data.questionnaire === entry.id);
		return page ? entryPath('kit', page.id) : undefined;
	}
	const shown = KIT_VIEWS_OF[entry.collection];
	if (shown) {
		const page = kitPages.find((kitPage) => kitPage.data.shows === shown.view);
		return page ? `${entryPath('kit', page.id)}#${shown.anchor(entry.id)}` : undefined;
	}
	return entryPath(entry.collection, entry.id);
}

function linksOf(project: Project, entry: Entry, address: SiteAddress): Entity<CollectionName>['links'] {
	const page = pagePath(project, entry);
	const pdf = page ? pdfOffers(project.graph, page.split('#')[0]!)[0]?.path : undefined;
	const links: Entity<CollectionName>['links'] = {};
	if (page) links.page = address(page);
	if (pdf) links.pdf = address(pdf);
	if (isVersionedCollection(entry.collection)) links.history = address(historyPath(entry.collection, entry.id));
	if (entry.collection === 'modules') {
		if (hasTrainerSheet(entry as Entry<'modules'>)) {
			links.trainerSheet = address(trainerSheetPath(entry.id));
			links.trainerSheetPdf = address(trainerSheetPdfPath(entry.id));
		}
		links.badge = address(badgePath(entry.id));
	}
	return links;
}

/** The Markdown text under the header, as written. */
function bodyOf(entry: LoadedEntry): string {
	return entry.source.text.slice(entry.bodyOffset).replace(/^\r?\n/, '');
}

function entityOf(project: Project, entry: LoadedEntry, address: SiteAddress): Entity<CollectionName> {
	const entity: Record<string, unknown> = { id: entry.id, links: linksOf(project, entry, address), ...entry.data };
	if (specOf(entry.collection).format === 'markdown') entity.body = bodyOf(entry);
	if (entry.collection === 'parcours') {
		const totals = project.graph.parcoursTotals(entry.id);
		entity.duration = totals.hours;
		entity.modulesWithoutDuration = totals.withoutDuration;
	}
	return entity as Entity<CollectionName>;
}

/** Entries in the order a reader expects: modules in catalogue order, the rest by id. */
function entriesOf(project: Project, collection: CollectionName): LoadedEntry[] {
	const loaded = new Map(project.content.entries.map((entry) => [entry.file, entry]));
	const ordered: Entry[] =
		collection === 'modules'
			? project.graph.modulesInCatalogueOrder()
			: collection === 'sections'
				? project.graph.sectionsInOrder()
				: [...project.graph.byCollection[collection].values()].sort((a, b) => a.id.localeCompare(b.id));
	return ordered.map((entry) => loaded.get(entry.file)!);
}

/** The most recent `updated` date of any entry. */
function lastUpdate(project: Project): string | undefined {
	const dates = project.content.entries.flatMap((entry) => {
		const updated = (entry.data as { updated?: unknown }).updated;
		return typeof updated === 'string' ? [updated] : [];
	});
	return dates.sort().at(-1);
}

export function buildCatalogue(project: Project, address: SiteAddress): Catalogue {
	const collections = Object.fromEntries(
		collectionNames.map((collection) => [collection, entriesOf(project, collection).map((entry) => entityOf(project, entry, address))]),
	) as { [C in CollectionName]: Entity<C>[] };
	const site = address('/');
	const updated = lastUpdate(project);
	return {
		$schema: address(SCHEMA_JSON_PATH),
		formatVersion: FORMAT_VERSION,
		licence: CONTENT_LICENCE,
		...(/^https?:/.test(site) ? { site } : {}),
		...(updated ? { updated } : {}),
		...(project.graph.organisation ? { organisation: project.graph.organisation } : {}),
		...(project.content.accessibility ? { accessibility: project.content.accessibility.data } : {}),
		...collections,
	};
}
