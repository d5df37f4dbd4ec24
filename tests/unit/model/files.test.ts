// The one rule that says which files under content/ are content, shared by the check and the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectContentFiles } from '../../../src/model/files.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';

const codes = (root: string) =>
	selectContentFiles(root, 'content').messages.map((message) => `${message.file} ${message.ruleId} ${message.fatal ? 'error' : 'warning'}`);

describe('the selection of content files', () => {
	it('takes each collection’s files, the kit’s sub-folders, images anywhere and the two root files', () => {
		const root = writeContentTree({
			'modules/a.mdx': moduleMdx(),
			'modules/images/schema.png': new Uint8Array([137, 80, 78, 71]),
			'kit/territoire/analyse.mdx': '---\ntitle: x\n---\n',
			'repertoire/lieu.yml': 'name: x\n',
			'images/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		});
		const selection = selectContentFiles(root, 'content');
		expect(selection.messages).toEqual([]);
		expect(selection.files.map((file) => `${file.collection}:${file.id}`)).toEqual(
			expect.arrayContaining(['modules:a', 'kit:territoire/analyse', 'repertoire:lieu']),
		);
		expect(selection.images).toEqual(['content/images/logo.svg', 'content/modules/images/schema.png']);
		expect(selection.organisation).toBe(join(root, 'content/organisation.yaml'));
	});

	it('refuses a named pipe, which the build could block on, without reading it', () => {
		const root = writeContentTree({ 'modules/a.mdx': moduleMdx() });
		execFileSync('mkfifo', [join(root, 'content/modules/tube.mdx')]);
		expect(codes(root)).toEqual(['content/modules/tube.mdx special-file error']);
	});

	it('refuses what a reviewer would believe checked: hidden names, links, drafts and unowned files', () => {
		const root = writeContentTree({ 'modules/a.mdx': moduleMdx() });
		mkdirSync(join(root, 'ailleurs'));
		writeFileSync(join(root, 'ailleurs/b.mdx'), moduleMdx());
		symlinkSync(join(root, 'ailleurs/b.mdx'), join(root, 'content/modules/b.mdx'));
		symlinkSync(join(root, 'ailleurs'), join(root, 'content/personas'));
		writeFileSync(join(root, 'content/modules/.c.mdx'), moduleMdx());
		writeFileSync(join(root, 'content/modules/_d.mdx'), moduleMdx());
		writeFileSync(join(root, 'content/lisez-moi.md'), '# x\n');
		expect(codes(root)).toEqual([
			'content/lisez-moi.md unowned-file error',
			'content/modules/.c.mdx hidden-file error',
			'content/modules/_d.mdx unowned-file error',
			'content/modules/b.mdx symbolic-link error',
			'content/personas symbolic-link error',
		]);
	});

	it('follows a content folder that is itself a link, as a fork’s COMMUN_CONTENT_DIR may be', () => {
		const root = writeContentTree({ 'modules/a.mdx': moduleMdx() });
		symlinkSync(join(root, 'content'), join(root, 'contenu'));
		const selection = selectContentFiles(root, 'contenu');
		expect(selection.messages).toEqual([]);
		expect(selection.files.map((file) => file.file)).toContain('contenu/modules/a.mdx');
	});
});
