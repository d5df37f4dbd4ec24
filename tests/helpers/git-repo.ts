// Temporary git repositories for tests that look at history: since-check, contributors, upstream.
import { execFileSync } from 'node:child_process';

const IDENTITY = { name: 'Test', email: 'test@exemple.org' };

/** Runs git in `cwd` with a fixed identity and no user configuration. */
export function runGit(cwd: string, args: string[], author = IDENTITY): string {
	return execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_CONFIG_GLOBAL: '/dev/null',
			GIT_CONFIG_NOSYSTEM: '1',
			GIT_AUTHOR_NAME: author.name,
			GIT_AUTHOR_EMAIL: author.email,
			GIT_COMMITTER_NAME: author.name,
			GIT_COMMITTER_EMAIL: author.email,
		},
	});
}

export function initRepository(cwd: string): void {
	runGit(cwd, ['init', '--quiet', '--initial-branch=main']);
}

/** Commits everything in the work tree and returns the commit id. */
export function commitAll(cwd: string, message: string, author = IDENTITY): string {
	runGit(cwd, ['add', '--all'], author);
	runGit(cwd, ['commit', '--quiet', '--allow-empty', '-m', message], author);
	return runGit(cwd, ['rev-parse', 'HEAD']).trim();
}
