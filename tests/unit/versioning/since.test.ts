// The since-check on a temporary git repository: what a fork's CI says about a pull request.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { checkSince, SinceError } from '../../../src/versioning/since.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';
import { commitAll, initRepository } from '../../helpers/git-repo.ts';

let root: string;
let base: string;

function edit(path: string, change: (text: string) => string) {
	const file = join(root, 'content', path);
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

function since(ref = base) {
	return checkSince(loadProject({ root, contentDir: 'content' }), ref).map((message) => ({
		file: message.file,
		line: message.line,
		code: message.ruleId,
		message: message.reason,
	}));
}

beforeEach(() => {
	root = writeContentTree({
		'modules/alpha.mdx': moduleMdx({ changelog: '\n  - { version: 1.0.0, date: 2026-01-01, summary: Création. }' }),
		'modules/beta.mdx': moduleMdx({ number: '"2"' }),
	});
	initRepository(root);
	base = commitAll(root, 'first');
});

describe('checkSince', () => {
	it('says nothing when no content changed', () => {
		expect(since()).toEqual([]);
	});

	it('names a module whose body changed without a new version, at its version line, whether committed or not', () => {
		edit('modules/alpha.mdx', (text) => `${text}\nUn paragraphe ajouté.\n`);
		const expected = [
			{
				file: 'content/modules/alpha.mdx',
				line: 8,
				code: 'unversioned-change',
				message: `contenu modifié depuis ${base} sans nouvelle version (toujours 1.0.0)`,
			},
		];
		expect(since()).toEqual(expected);
		commitAll(root, 'edit');
		expect(since()).toEqual(expected);
	});

	it('asks for a changelog entry when only the version moved', () => {
		edit('modules/alpha.mdx', (text) => text.replace('version: 1.0.0', 'version: 1.1.0'));
		expect(since()).toEqual([
			expect.objectContaining({
				file: 'content/modules/alpha.mdx',
				message: 'la version passe de 1.0.0 à 1.1.0 mais le journal (changelog) ne dit pas ce qui a changé',
			}),
		]);
	});

	it('accepts a change with a new version and its changelog entry', () => {
		edit('modules/alpha.mdx', (text) =>
			text
				.replace('version: 1.0.0\n', 'version: 1.0.1\n')
				.replace('summary: Création. }', 'summary: Création. }\n  - { version: 1.0.1, date: 2026-02-01, summary: Coquille. }')
				.concat('Corrigé.\n'),
		);
		expect(since()).toEqual([]);
	});

	it('refuses a version that went down', () => {
		edit('modules/beta.mdx', (text) => text.replace('version: 1.0.0', 'version: 0.9.0'));
		expect(since()[0]?.message).toBe(`la version a baissé depuis ${base} : 1.0.0 avant, 0.9.0 maintenant`);
	});

	it('leaves new files and unversioned collections alone', () => {
		writeFileSync(join(root, 'content/modules/gamma.mdx'), moduleMdx({ number: '"3"' }));
		edit('sections/section-test.mdx', (text) => text.replace('Une section', 'La section'));
		expect(since()).toEqual([]);
	});

	it('refuses an unknown revision in French', () => {
		expect(() => since('n-existe-pas')).toThrowError(new SinceError('révision git inconnue « n-existe-pas » (une branche, une étiquette ou un commit, par exemple origin/main)'));
	});
});
