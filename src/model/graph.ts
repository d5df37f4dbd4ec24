// The content graph: entries by id, and the links between them that every view and check reads.
import type { Root } from 'mdast';
import { collectionNames, type CollectionName } from './collections.ts';
import type { Entry } from './load.ts';
import { directiveReferences, frontmatterReferences, type Reference } from './references.ts';
import type { Module, Organisation, Prerequisite } from './schemas/index.ts';

export type ModuleEntry = Entry<'modules'>;

/** A resolved prerequisite: which modules meet it, and how. */
export type PrerequisiteLink =
	| { kind: 'module'; moduleId: string }
	| { kind: 'anyOf'; moduleIds: string[] }
	/** A competence, which any one of `moduleIds` (none, one or several) can replace. */
	| { kind: 'competence'; text: string; moduleIds: string[] };

export interface ParcoursTotals {
	hours: number;
	/** Modules of the path that have no duration: the total leaves them out. */
	withoutDuration: string[];
}

export interface ContentGraph {
	organisation?: Organisation;
	entries: Entry[];
	references: Reference[];
	byCollection: { [C in CollectionName]: Map<string, Entry<C>> };
	get<C extends CollectionName>(collection: C, id: string): Entry<C> | undefined;
	sectionsInOrder(): Entry<'sections'>[];
	modulesInSection(sectionId: string): ModuleEntry[];
	/** Modules sorted by section order then display number. */
	modulesInCatalogueOrder(): ModuleEntry[];
	prerequisites(moduleId: string): PrerequisiteLink[];
	/** Ids of every module named in a module's prerequisites, whatever their shape. */
	prerequisiteModuleIds(moduleId: string): string[];
	followUps(moduleId: string): string[];
	/** Modules that list `moduleId` among their prerequisites. */
	requiredBy(moduleId: string): string[];
	/** Entries of a collection whose frontmatter links to the module (personas, roles, decks…). */
	linkedToModule<C extends CollectionName>(collection: C, moduleId: string): Entry<C>[];
	parcoursTotals(parcoursId: string): ParcoursTotals;
	/** The Markdown tree of an entry's file (frontmatter included), when it has one. */
	treeOf(entry: Entry): Root | undefined;
}

/** "10A" → [10, "A"]: display numbers sort as numbers first, then by letter. */
export function compareModuleNumbers(a: string, b: string): number {
	const parse = (text: string) => {
		const match = /^(\d+)(.*)$/.exec(text);
		return match ? ([Number(match[1]), match[2]!] as const) : ([Number.POSITIVE_INFINITY, text] as const);
	};
	const [na, la] = parse(a);
	const [nb, lb] = parse(b);
	return na - nb || la.localeCompare(lb);
}

export function prerequisiteLink(prerequisite: Prerequisite): PrerequisiteLink {
	if (typeof prerequisite === 'string') return { kind: 'module', moduleId: prerequisite };
	if ('anyOf' in prerequisite) return { kind: 'anyOf', moduleIds: prerequisite.anyOf };
	const moduleIds = prerequisite.orModules ?? (prerequisite.orModule ? [prerequisite.orModule] : []);
	return { kind: 'competence', text: prerequisite.text, moduleIds };
}

export function linkModuleIds(link: PrerequisiteLink): string[] {
	if (link.kind === 'module') return [link.moduleId];
	if (link.kind === 'anyOf') return link.moduleIds;
	return link.moduleIds;
}

export interface GraphInput {
	entries: readonly Entry[];
	organisation?: Organisation;
	/** Markdown trees by entry file, to include directive references (the loader has them). */
	trees?: ReadonlyMap<string, Root>;
}

export function buildGraph({ entries, organisation, trees }: GraphInput): ContentGraph {
	const byCollection = Object.fromEntries(collectionNames.map((name) => [name, new Map()])) as ContentGraph['byCollection'];
	for (const entry of entries) (byCollection[entry.collection] as Map<string, Entry>).set(entry.id, entry);

	const references: Reference[] = [];
	for (const entry of entries) {
		references.push(...frontmatterReferences(entry));
		const tree = trees?.get(entry.file);
		if (tree) references.push(...directiveReferences(entry, tree));
	}

	const modules = byCollection.modules;
	const requiredByIndex = new Map<string, Set<string>>();
	for (const module of modules.values()) {
		for (const prerequisite of module.data.prerequisites) {
			for (const id of linkModuleIds(prerequisiteLink(prerequisite))) {
				if (!requiredByIndex.has(id)) requiredByIndex.set(id, new Set());
				requiredByIndex.get(id)!.add(module.id);
			}
		}
	}

	const linkedIndex = new Map<string, Entry[]>();
	for (const reference of references) {
		if (reference.target !== 'modules' || reference.relation === 'directive') continue;
		if (reference.from.collection === 'modules') continue;
		const key = `${reference.from.collection}\u0000${reference.id}`;
		const list = linkedIndex.get(key) ?? [];
		if (!list.includes(reference.from)) list.push(reference.from);
		linkedIndex.set(key, list);
	}

	const sectionOrder = (sectionId: string) => byCollection.sections.get(sectionId)?.data.order ?? Number.POSITIVE_INFINITY;
	const byNumber = (a: ModuleEntry, b: ModuleEntry) => compareModuleNumbers(a.data.number, b.data.number);

	const graph: ContentGraph = {
		organisation,
		entries: [...entries],
		references,
		byCollection,
		get: (collection, id) => byCollection[collection].get(id),
		sectionsInOrder: () =>
			[...byCollection.sections.values()].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
		modulesInSection: (sectionId) =>
			[...modules.values()].filter((module) => module.data.section === sectionId).sort(byNumber),
		modulesInCatalogueOrder: () =>
			[...modules.values()].sort(
				(a, b) => sectionOrder(a.data.section) - sectionOrder(b.data.section) || byNumber(a, b),
			),
		prerequisites: (moduleId) => (modules.get(moduleId)?.data.prerequisites ?? []).map(prerequisiteLink),
		prerequisiteModuleIds: (moduleId) => [
			...new Set(graph.prerequisites(moduleId).flatMap(linkModuleIds)),
		],
		followUps: (moduleId) => modules.get(moduleId)?.data.followUps ?? [],
		requiredBy: (moduleId) => [...(requiredByIndex.get(moduleId) ?? [])].sort(),
		linkedToModule: (collection, moduleId) =>
			(linkedIndex.get(`${collection}\u0000${moduleId}`) ?? []) as Entry<typeof collection>[],
		treeOf: (entry) => trees?.get(entry.file),
		parcoursTotals: (parcoursId) => {
			const parcours = byCollection.parcours.get(parcoursId);
			let hours = 0;
			const withoutDuration: string[] = [];
			for (const step of parcours?.data.steps ?? []) {
				const duration: Module['duration'] = modules.get(step.module)?.data.duration;
				if (duration === undefined) withoutDuration.push(step.module);
				else hours += duration;
			}
			return { hours, withoutDuration };
		},
	};
	return graph;
}
