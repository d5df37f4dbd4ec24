// Finding a content file by its id, without loading (or needing valid) the rest of the content.
import { relative } from 'node:path';
import type { CollectionName } from '../model/collections.ts';
import { selectContentFiles } from '../model/files.ts';
import { closest } from '../model/suggest.ts';
import { AuthoringError } from './errors.ts';

export interface FoundEntry {
	collection: CollectionName;
	id: string;
	/** Absolute path. */
	path: string;
}

/** The content files of some collections, as the model's file selection sees them. */
function filesOf(contentRoot: string, among: readonly CollectionName[]) {
	return selectContentFiles(contentRoot, '.').files.filter((file) => among.includes(file.collection));
}

/** Ids of a collection's files, for suggestions. */
export function idsIn(contentRoot: string, collection: CollectionName): string[] {
	return filesOf(contentRoot, [collection]).map((file) => file.id);
}

export function findEntry(contentRoot: string, id: string, among: readonly CollectionName[], label: string): FoundEntry {
	const found: FoundEntry[] = filesOf(contentRoot, among)
		.filter((file) => file.id === id)
		.map((file) => ({ collection: file.collection, id, path: file.absolute }));
	if (found.length === 1) return found[0]!;
	if (found.length > 1) {
		throw new AuthoringError(
			`plusieurs fichiers portent l’identifiant « ${id} » : ${found.map((entry) => relative(process.cwd(), entry.path)).join(', ')}`,
		);
	}
	const suggestion = closest(id, among.flatMap((collection) => idsIn(contentRoot, collection)));
	throw new AuthoringError(`aucun ${label} n’a l’identifiant « ${id} »${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ''}`);
}
