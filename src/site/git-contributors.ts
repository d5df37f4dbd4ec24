// Who changed each content file, read from git history once per build: CC BY-SA credit for people
// who improved a content without adding themselves to its header.
import { git, isGitRepository } from '../versioning/git.ts';

/** The identity the commons' maintenance commits are made under: not a person to credit. */
export const GENERIC_IDENTITIES = ['commun-formation'];

const RECORD = '\u001e';
const FIELD = '\u001f';

/**
 * Addresses at domains reserved for examples and tests (RFC 2606, RFC 6761) belong to no one:
 * tools, templates and maintenance scripts commit under them, people do not.
 */
export function isPlaceholderAddress(email: string): boolean {
	const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
	return /(^|\.)(example|invalid|test|localhost)$/.test(domain) || /(^|\.)example\.(com|net|org)$/.test(domain);
}

/**
 * Names of the authors of commits that touched each file under `folder`, in order of first
 * contribution, keyed by path from `root`. Empty outside a git repository (a downloaded archive).
 */
export function readGitContributors(root: string, folder: string): Map<string, string[]> {
	const byFile = new Map<string, string[]>();
	if (!isGitRepository(root)) return byFile;
	// One call for the whole folder: a call per file costs seconds on a thousand modules.
	const log = git(root, ['log', '--reverse', '--no-merges', '--relative', `--format=${RECORD}%aN${FIELD}%aE`, '--name-only', '--', folder]);
	if (!log.ok) return byFile;
	for (const record of log.stdout.split(RECORD)) {
		const [author = '', ...files] = record.split('\n').map((line) => line.trim());
		const [name, email = ''] = author.split(FIELD);
		if (!name || GENERIC_IDENTITIES.includes(name.toLowerCase()) || isPlaceholderAddress(email)) continue;
		for (const file of files) {
			if (!file) continue;
			const names = byFile.get(file) ?? [];
			if (!names.includes(name)) names.push(name);
			byFile.set(file, names);
		}
	}
	return byFile;
}
