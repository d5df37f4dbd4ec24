// `npm run check -- --since <ref>` as a fork's CI runs it on a pull request.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';
import { copyFixture, runScript } from '../../helpers/cli.ts';
import { commitAll, initRepository, runGit } from '../../helpers/git-repo.ts';

let root: string;

function check(...args: string[]) {
	const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, COMMUN_CONTENT_DIR: '' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
	root = writeContentTree({
		'modules/alpha.mdx': moduleMdx({ followUps: '\n  - beta' }),
		'modules/beta.mdx': moduleMdx({ number: '"2"' }),
	});
	initRepository(root);
	commitAll(root, 'first');
	runGit(root, ['tag', 'v1']);
	appendFileSync(join(root, 'content/modules/beta.mdx'), 'Une phrase de plus.\n');
	commitAll(root, 'edit beta');
});

describe('npm run check -- --since', () => {
	it('passes without --since and fails with it, naming the changed file', () => {
		expect(check().status).toBe(0);
		const { status, stdout } = check('--since', 'v1');
		expect(status).toBe(1);
		expect(stdout).toContain('content/modules/beta.mdx:8:10  erreur  unversioned-change  contenu modifié depuis v1 sans nouvelle version (toujours 1.0.0)');
		expect(stdout).toContain('npm run bump -- beta patch -m');
		expect(stdout.split('\n').filter((line) => line.includes('unversioned-change'))).toHaveLength(1);
	});

	it('annotates the pull request with --format github', () => {
		const { stdout } = check('--since', 'v1', '--format', 'github');
		expect(stdout).toMatch(/^::error file=content\/modules\/beta.mdx,line=8,col=10,title=unversioned-change::/m);
	});

	it('passes when nothing changed since the revision', () => {
		expect(check('--since', 'HEAD').status).toBe(0);
	});

	it('exits 2 with a French message on an unknown revision', () => {
		const { status, stderr } = check('--since', 'origine/principale');
		expect(status).toBe(2);
		expect(stderr).toContain('révision git inconnue « origine/principale »');
	});
});

describe('a fork made, adapted, bumped and checked with the CLIs alone', () => {
	it('fails the since-check on an unbumped adaptation, naming it, and passes once bumped', () => {
		const fork = copyFixture();
		appendFileSync(join(fork, 'content/organisation.yaml'), 'upstream:\n  name: Commun de formation\n');
		initRepository(fork);
		commitAll(fork, 'fork of the commons');
		expect(runScript('fork', fork, 'proteger', '--as', 'proteger-local').status).toBe(0);
		commitAll(fork, 'adapt proteger');
		appendFileSync(join(fork, 'content/modules/proteger-local.mdx'), '\nUn exemple pris sur notre territoire.\n');
		const unbumped = runScript('check', fork, '--since', 'HEAD');
		expect(unbumped.status).toBe(1);
		expect(unbumped.stdout).toMatch(/^content\/modules\/proteger-local\.mdx:\d+:\d+ {2}erreur {2}unversioned-change /m);
		expect(runScript('bump', fork, 'proteger-local', 'minor', '-m', 'Un exemple local').status).toBe(0);
		const bumped = runScript('check', fork, '--since', 'HEAD');
		expect(bumped.status, bumped.stdout).toBe(0);
	});
});
