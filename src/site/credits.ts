// Who to credit for an entry: its authors, its contributors (header and git history), its origins.
import type { Entry } from '../model/load.ts';
import type { Author, DerivedFrom, Origin } from '../model/schemas/index.ts';
import { originChain } from '../model/origins.ts';
import { defaultContentDir } from '../model/load.ts';
import { readGitContributors } from './git-contributors.ts';

export interface Credits {
	authors: Author[];
	/** Header contributors, then people found in git history who are not already named. */
	contributors: Author[];
	/** Origins nearest first: the version this entry was adapted from, then that one's origin… */
	derivedFrom: Origin[];
	modified?: boolean;
}

interface Attributable {
	authors?: Author[];
	contributors?: Author[];
	derivedFrom?: DerivedFrom | DerivedFrom[];
	modified?: boolean;
}

let history: Map<string, string[]> | undefined;

/** Git contributors by file, read once per build from the project folder. */
function gitHistory(): Map<string, string[]> {
	history ??= readGitContributors(process.cwd(), defaultContentDir());
	return history;
}

export function creditsOf(entry: Entry, fromGit: ReadonlyMap<string, string[]> = gitHistory()): Credits {
	const data = entry.data as Attributable;
	const authors = data.authors ?? [];
	const named = new Set([...authors, ...(data.contributors ?? [])].map((person) => person.name.toLowerCase()));
	const fromHistory = (fromGit.get(entry.file) ?? []).filter((name) => !named.has(name.toLowerCase())).map((name) => ({ name }));
	const derivedFrom = originChain(data.derivedFrom).map(({ origin }) => origin);
	return { authors, contributors: [...(data.contributors ?? []), ...fromHistory], derivedFrom, modified: data.modified };
}

/** "Camille Martin (Centre social)" */
export function personLabel(person: Author): string {
	return person.organisation ? `${person.name} (${person.organisation})` : person.name;
}
