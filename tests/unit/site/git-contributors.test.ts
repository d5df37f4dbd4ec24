// Contributors read from git history: people, once each, without the maintenance identity.
import { mkdtempSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlaceholderAddress, readGitContributors } from '../../../src/site/git-contributors.ts';
import { commitAll, initRepository } from '../../helpers/git-repo.ts';

describe('readGitContributors', () => {
	it('lists per file the people who changed it, in order of first change, leaving out « commun-formation » and identities at example domains', () => {
		const root = mkdtempSync(join(tmpdir(), 'commun-git-'));
		mkdirSync(join(root, 'content/modules'), { recursive: true });
		initRepository(root);
		writeFileSync(join(root, 'content/modules/a.mdx'), 'a\n');
		writeFileSync(join(root, 'content/modules/b.mdx'), 'b\n');
		commitAll(root, 'import', { name: 'commun-formation', email: 'lead@exemple.org' });
		appendFileSync(join(root, 'content/modules/a.mdx'), 'a2\n');
		commitAll(root, 'fix a', { name: 'Sam Relectrice', email: 'sam@exemple.org' });
		appendFileSync(join(root, 'content/modules/a.mdx'), 'a3\n');
		appendFileSync(join(root, 'content/modules/b.mdx'), 'b2\n');
		commitAll(root, 'more', { name: 'Noé Formateur', email: 'noe@exemple.org' });
		appendFileSync(join(root, 'content/modules/a.mdx'), 'a4\n');
		commitAll(root, 'again', { name: 'Sam Relectrice', email: 'sam@exemple.org' });
		appendFileSync(join(root, 'content/modules/b.mdx'), 'b3\n');
		commitAll(root, 'tooling', { name: 'Seed maintainers', email: 'maintainers@users.noreply.seed.example' });
		const contributors = readGitContributors(root, 'content');
		expect(contributors.get('content/modules/a.mdx')).toEqual(['Sam Relectrice', 'Noé Formateur']);
		expect(contributors.get('content/modules/b.mdx')).toEqual(['Noé Formateur']);
	});

	it('recognises addresses at domains reserved for examples as no one’s', () => {
		expect(['bot@commun.example', 'x@y.invalid', 'a@example.org', 'a@sub.example.com', 'a@machine.localhost', 'a@ci.test'].filter(isPlaceholderAddress)).toHaveLength(6);
		expect(['sam@exemple.org', '123+sam@users.noreply.github.com', 'a@examples.fr', 'a@contest'].filter(isPlaceholderAddress)).toEqual([]);
	});

	it('gives nothing outside a git repository', () => {
		expect(readGitContributors(mkdtempSync(join(tmpdir(), 'commun-nogit-')), 'content').size).toBe(0);
	});
});
