// The few git questions versioning asks: does a revision exist, what changed since it, what a file said then.
import { spawnSync } from 'node:child_process';

export interface GitResult {
	ok: boolean;
	stdout: string;
	stderr: string;
}

export function git(cwd: string, args: readonly string[]): GitResult {
	const result = spawnSync('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (result.error) return { ok: false, stdout: '', stderr: result.error.message };
	return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}

export function isGitRepository(cwd: string): boolean {
	return git(cwd, ['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';
}

export function revisionExists(cwd: string, ref: string): boolean {
	return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok;
}

export interface ChangedFile {
	/** Path relative to `cwd`, with "/" separators. */
	path: string;
	/** git's letter: M modified, A added, D deleted, T type changed. */
	status: string;
}

/** Files under `folder` that differ between `ref` and the working tree (committed or not). */
export function changedSince(cwd: string, ref: string, folder: string): ChangedFile[] {
	const result = git(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', ref, '--', folder]);
	if (!result.ok) throw new Error(result.stderr.trim());
	const fields = result.stdout.split('\0').filter((field) => field !== '');
	const files: ChangedFile[] = [];
	for (let index = 0; index + 1 < fields.length; index += 2) {
		files.push({ status: fields[index]!, path: fields[index + 1]! });
	}
	return files;
}

/** The text of `path` (relative to `cwd`) as it was at `ref`, or undefined when it did not exist. */
export function fileAt(cwd: string, ref: string, path: string): string | undefined {
	const result = git(cwd, ['show', `${ref}:./${path}`]);
	return result.ok ? result.stdout : undefined;
}
