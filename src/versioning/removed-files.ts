// Files that git history shows were deleted under a folder: an id nothing declares any more but that
// had a file there was removed, not mistyped, and the check's hint says so.
import { git, isGitRepository } from './git.ts';

/** Paths from `root` ("/" separators) of the files deleted under `folder` in git history; empty outside git. */
export function removedFiles(root: string, folder: string): Set<string> {
	if (!isGitRepository(root)) return new Set();
	const log = git(root, ['log', '--diff-filter=D', '--relative', '--name-only', '--format=', '--', folder]);
	return new Set(log.ok ? log.stdout.split('\n').map((line) => line.trim()).filter(Boolean) : []);
}
