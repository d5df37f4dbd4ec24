// The date written into every PDF: the same for two builds of one commit, so that the files are
// byte-identical. SOURCE_DATE_EPOCH (the reproducible-builds convention) first, then the date of
// the last commit, then the newest `updated` date of the content.
import { spawnSync } from 'node:child_process';

export function sourceDate(root: string, env: NodeJS.ProcessEnv = process.env, contentDates: readonly string[] = []): Date {
	const epoch = env.SOURCE_DATE_EPOCH?.trim();
	if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
	const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
	const committed = git.status === 0 ? git.stdout.trim() : '';
	if (/^\d+$/.test(committed)) return new Date(Number(committed) * 1000);
	const newest = [...contentDates].sort().at(-1);
	return newest ? new Date(`${newest}T00:00:00Z`) : new Date(0);
}
