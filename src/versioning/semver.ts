// Versions of content: reading, comparing and raising "major.minor.patch".
import { SEMVER_PATTERN } from '../model/schemas/common.ts';

export const BUMP_LEVELS = ['patch', 'minor', 'major'] as const;
export type BumpLevel = (typeof BUMP_LEVELS)[number];

export function isBumpLevel(value: string): value is BumpLevel {
	return (BUMP_LEVELS as readonly string[]).includes(value);
}

function parts(version: string): [number, number, number, string] | undefined {
	const match = SEMVER_PATTERN.exec(version);
	if (!match) return undefined;
	const pre = version.includes('-') ? version.slice(version.indexOf('-') + 1) : '';
	return [Number(match[1]), Number(match[2]), Number(match[3]), pre];
}

/** Negative when a < b, positive when a > b; a pre-release comes before its release. Unreadable versions compare equal. */
export function compareVersions(a: string, b: string): number {
	const pa = parts(a);
	const pb = parts(b);
	if (!pa || !pb) return 0;
	for (let index = 0; index < 3; index++) {
		const difference = (pa[index] as number) - (pb[index] as number);
		if (difference !== 0) return difference;
	}
	if (pa[3] === pb[3]) return 0;
	if (pa[3] === '') return 1;
	if (pb[3] === '') return -1;
	return pa[3].localeCompare(pb[3]);
}

/** 1.2.3 raised by "minor" is 1.3.0; a pre-release part is dropped. */
export function bumpVersion(version: string, level: BumpLevel): string {
	const p = parts(version);
	if (!p) throw new Error(`version illisible « ${version} »`);
	const [major, minor, patch] = p;
	if (level === 'major') return `${major + 1}.0.0`;
	if (level === 'minor') return `${major}.${minor + 1}.0`;
	return `${major}.${minor}.${patch + 1}`;
}
