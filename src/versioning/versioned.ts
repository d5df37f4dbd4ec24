// Which collections carry a version and a changelog, and today's date as content writes it.
import type { CollectionName } from '../model/collections.ts';

/** Content whose changes readers follow by version: modules, decks, kit pages, parcours. */
export const VERSIONED_COLLECTIONS = ['modules', 'decks', 'kit', 'parcours'] as const satisfies readonly CollectionName[];
export type VersionedCollection = (typeof VERSIONED_COLLECTIONS)[number];

export function isVersionedCollection(name: string): name is VersionedCollection {
	return (VERSIONED_COLLECTIONS as readonly string[]).includes(name);
}

/** Today as YYYY-MM-DD in local time: the day the trainer made the change. */
export function today(now = new Date()): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
