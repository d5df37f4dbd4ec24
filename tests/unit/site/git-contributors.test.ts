// Contributors read from git history: people, once each, without the maintenance identity.
import { mkdtempSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitContributors } from '../../../src/site/git-contributors.ts';
import { commitAll, initRepository } from '../../helpers/git-repo.ts';

describe('readGitContributors', () => {
	it('lists per file the people who changed it, in order of first change, leaving out « commun-formation »', () => {
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
		const contributors = readGitContributors(root, 'content');
		expect(contributors.get('content/modules/a.mdx')).toEqual(['Sam Relectrice', 'Noé Formateur']);
		expect(contributors.get('content/modules/b.mdx')).toEqual(['Noé Formateur']);
	});

	it('gives nothing outside a git repository', () => {
		expect(readGitContributors(mkdtempSync(join(tmpdir(), 'commun-nogit-')), 'content').size).toBe(0);
	});
});
