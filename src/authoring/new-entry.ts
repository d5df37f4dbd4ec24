// `npm run new`: a new module, persona, deck or parcours written from its template, ready for the check.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collections, extensionsOf, NEW_KINDS, type CollectionName } from '../model/collections.ts';
import { compareModuleNumbers } from '../model/graph.ts';
import { loadProject } from '../model/project.ts';
import { ID_PATTERN } from '../model/schemas/common.ts';
import { slugify } from '../model/load.ts';
import { closest } from '../model/suggest.ts';
import { AuthoringError } from './errors.ts';

export type NewKind = (typeof NEW_KINDS)[number]['kind'];

export const NEW_KIND_NAMES = NEW_KINDS.map((entry) => entry.kind);

export function isNewKind(value: string): value is NewKind {
	return NEW_KINDS.some((entry) => entry.kind === value);
}

export interface NewRequest {
	/** Project root and content folder relative to it. */
	root: string;
	contentDir: string;
	kind: NewKind;
	id: string;
	title?: string;
	section?: string;
	number?: string;
	modules?: string[];
	authors?: string[];
	date: string;
}

/** Refuses an id that cannot name a file, or that is already used in the collection. */
export function assertFreeId(contentRoot: string, collection: CollectionName, id: string): string {
	if (!ID_PATTERN.test(id)) {
		throw new AuthoringError(
			`identifiant invalide « ${id} » : lettres minuscules sans accent, chiffres et tirets (par exemple « ${slugify(id) || 'mon-module'} »)`,
			2,
		);
	}
	const spec = collections[collection];
	for (const extension of extensionsOf(spec.format)) {
		const existing = join(contentRoot, spec.folder, `${id}${extension}`);
		if (existsSync(existing)) throw new AuthoringError(`« ${spec.folder}/${id}${extension} » existe déjà : choisissez un autre identifiant`);
	}
	return join(contentRoot, spec.folder, `${id}.mdx`);
}

/** "2" after modules numbered 1 and 10A → "11": the first whole number after the highest one. */
export function nextModuleNumber(numbers: readonly string[]): string {
	const highest = Math.max(0, ...numbers.map((number) => Number.parseInt(number, 10)).filter(Number.isFinite));
	return String(highest + 1);
}

/** A title for an id when none is given: "ateliers-collectifs" → "Ateliers collectifs". */
function titleOf(id: string): string {
	const words = id.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

export function createEntry(request: NewRequest): { path: string; notes: string[] } {
	const contentRoot = join(request.root, request.contentDir);
	const template = NEW_KINDS.find((entry) => entry.kind === request.kind)!;
	const collection = template.collection;
	const path = assertFreeId(contentRoot, collection, request.id);
	const { graph } = loadProject({ root: request.root, contentDir: request.contentDir });
	const notes: string[] = [];
	const moduleIds = graph.modulesInCatalogueOrder().map((module) => module.id);
	for (const id of request.modules ?? []) {
		if (!moduleIds.includes(id)) {
			const suggestion = closest(id, moduleIds);
			throw new AuthoringError(`module inconnu « ${id} »${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ''}`);
		}
	}

	let section = request.section;
	let number = request.number;
	let modules = request.modules;
	if (request.kind === 'module') {
		const sections = graph.sectionsInOrder().map((entry) => entry.id);
		if (sections.length === 0) throw new AuthoringError('aucune section dans le contenu : créez d’abord un fichier dans sections/');
		if (section === undefined) {
			section = sections[0]!;
			notes.push(`section « ${section} » choisie par défaut (--section pour une autre)`);
		} else if (!sections.includes(section)) {
			const suggestion = closest(section, sections);
			throw new AuthoringError(`section inconnue « ${section} »${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ` ; sections : ${sections.join(', ')}`}`);
		}
		const numbers = [...graph.byCollection.modules.values()].map((module) => module.data.number);
		if (number === undefined) {
			number = nextModuleNumber(numbers);
			notes.push(`numéro ${number} choisi par défaut (--number pour un autre)`);
		} else if (numbers.includes(number)) {
			throw new AuthoringError(`le numéro « ${number} » est déjà pris ; numéros utilisés : ${[...numbers].sort(compareModuleNumbers).join(', ')}`);
		}
	}
	if (request.kind === 'parcours' && (modules === undefined || modules.length === 0)) {
		if (moduleIds.length === 0) throw new AuthoringError('un parcours a au moins une étape : créez d’abord un module');
		modules = [moduleIds[0]!];
		notes.push(`première étape : « ${modules[0]} » (--module pour choisir les étapes)`);
	}

	const text = template.render({
		id: request.id,
		title: request.title ?? titleOf(request.id),
		date: request.date,
		authors: request.authors ?? [],
		section,
		number,
		modules,
	});
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	return { path, notes };
}
