// Versions of content: reading, comparing and raising "major.minor.patch".
import { compare, inc, parse, valid } from 'semver';

export const BUMP_LEVELS = ['patch', 'minor', 'major'] as const;
export type BumpLevel = (typeof BUMP_LEVELS)[number];

export function isBumpLevel(value: string): value is BumpLevel {
	return (BUMP_LEVELS as readonly string[]).includes(value);
}

/**
 * Negative when a < b, positive when a > b, as semver orders versions: a pre-release comes before
 * its release, and its numeric parts compare as numbers (alpha.2 before alpha.10). Unreadable
 * versions compare equal.
 */
export function compareVersions(a: string, b: string): number {
	if (!valid(a) || !valid(b)) return 0;
	return compare(a, b);
}

/** 1.2.3 raised by "minor" is 1.3.0; a pre-release part is dropped (1.2.3-beta raised by "patch" is 1.2.4). */
export function bumpVersion(version: string, level: BumpLevel): string {
	const read = parse(version);
	if (!read) throw new Error(`version illisible « ${version} »`);
	return inc(`${read.major}.${read.minor}.${read.patch}`, level)!;
}
