// Finding a content file by its id, without loading (or needing valid) the rest of the content.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections, extensionsOf, idFromPath, type CollectionName } from '../model/collections.ts';
import { closest } from '../model/suggest.ts';
import { AuthoringError } from './errors.ts';

export interface FoundEntry {
	collection: CollectionName;
	id: string;
	/** Absolute path. */
	path: string;
}

/** Ids of a collection's files, for suggestions. */
export function idsIn(contentRoot: string, collection: CollectionName): string[] {
	const spec = collections[collection];
	const folder = join(contentRoot, spec.folder);
	if (!existsSync(folder)) return [];
	return (readdirSync(folder, { recursive: spec.nested }) as string[])
		.map((file) => file.replaceAll('\\', '/'))
		.filter((file) => extensionsOf(spec.format).some((extension) => file.endsWith(extension)))
		.filter((file) => !file.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
		.map(idFromPath);
}

export function findEntry(contentRoot: string, id: string, among: readonly CollectionName[], label: string): FoundEntry {
	const found: FoundEntry[] = [];
	for (const collection of among) {
		const spec = collections[collection];
		for (const extension of extensionsOf(spec.format)) {
			const path = join(contentRoot, spec.folder, `${id}${extension}`);
			if (existsSync(path)) found.push({ collection, id, path });
		}
	}
	if (found.length === 1) return found[0]!;
	if (found.length > 1) {
		throw new AuthoringError(
			`plusieurs fichiers portent l’identifiant « ${id} » : ${found.map((entry) => relative(process.cwd(), entry.path)).join(', ')}`,
		);
	}
	const suggestion = closest(id, among.flatMap((collection) => idsIn(contentRoot, collection)));
	throw new AuthoringError(`aucun ${label} n’a l’identifiant « ${id} »${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ''}`);
}
