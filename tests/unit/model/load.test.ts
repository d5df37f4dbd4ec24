import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent, relativeContentDir } from '../../../src/model/load.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';

function load(files: Record<string, string | Uint8Array>, options?: { withDefaults?: boolean }) {
	return loadContent({ root: writeContentTree(files, options), contentDir: 'content' });
}

function brief(content: ReturnType<typeof load>) {
	return content.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId}`);
}

describe('loadContent', () => {
	it('reads a content folder given as an absolute path, as COMMUN_CONTENT_DIR=/elsewhere does', () => {
		const root = writeContentTree({ 'modules/securite-donnees.mdx': moduleMdx() });
		const content = loadContent({ root: process.cwd(), contentDir: relativeContentDir(join(root, 'content')) });
		expect(content.messages).toEqual([]);
		expect(content.entries.map((entry) => entry.id)).toContain('securite-donnees');
		expect(content.organisation?.data.name).toBe('Organisme de test');
	});

	it('reads modules by file name, with their data and source', () => {
		const content = load({ 'modules/securite-donnees.mdx': moduleMdx() });
		expect(content.messages).toEqual([]);
		const module = content.entries.find((entry) => entry.collection === 'modules');
		expect(module).toMatchObject({ id: 'securite-donnees', file: 'content/modules/securite-donnees.mdx', format: 'mdx' });
		expect(module?.tree?.type).toBe('root');
		expect(content.organisation?.data.name).toBe('Organisme de test');
	});

	it('points a schema error at the line and column of the value as written', () => {
		const content = load({ 'modules/a.mdx': moduleMdx({ duration: '"sept heures"' }) });
		// Frontmatter: line 1 "---", then title, number, section, summary, objectives (2 lines), version, updated, duration.
		expect(brief(content)).toEqual(['content/modules/a.mdx:10:11 schema']);
		expect(content.messages[0]!.reason).toContain('« duration »');
	});

	it('points an unknown field at its key and lists every problem of the file', () => {
		const content = load({ 'modules/a.mdx': moduleMdx({ prerequisite: '[b]', version: '"1.0"' }) });
		expect(brief(content)).toEqual(['content/modules/a.mdx:8:10 schema', 'content/modules/a.mdx:10:1 schema']);
	});

	it('accepts a byte-order mark and Windows line ends in a valid file, with the same positions', () => {
		const text = moduleMdx({ duration: '"x"' }).replaceAll('\n', '\r\n');
		const content = load({ 'modules/a.mdx': `\uFEFF${text}` });
		expect(brief(content)).toEqual(['content/modules/a.mdx:10:11 schema']);
		const valid = load({ 'modules/b.mdx': `\uFEFF${moduleMdx().replaceAll('\n', '\r\n')}` });
		expect(valid.messages).toEqual([]);
		expect(valid.entries.some((entry) => entry.id === 'b')).toBe(true);
	});

	it('locates a byte that is not UTF-8 instead of crashing', () => {
		const bytes = Buffer.concat([Buffer.from('---\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
		const content = load({ 'modules/latin1.mdx': bytes });
		expect(brief(content)).toEqual(['content/modules/latin1.mdx:2:11 encoding']);
	});

	it('says what is wrong with an empty file, a missing or an unclosed header', () => {
		const content = load({
			'modules/vide.mdx': '',
			'modules/sans-entete.md': 'Juste du texte.\n',
			'modules/ouvert.mdx': '---\ntitle: x\n',
		});
		expect(brief(content).sort()).toEqual([
			'content/modules/ouvert.mdx:1:1 unclosed-frontmatter',
			'content/modules/sans-entete.md:1:1 missing-frontmatter',
			'content/modules/vide.mdx:1:1 empty-file',
		]);
	});

	it('reports a YAML syntax error once, where it starts, in French', () => {
		const content = load({ 'modules/a.mdx': '---\ntitle: x\nnumber: "1"\n  bad: [\n---\n' });
		expect(brief(content)).toEqual(['content/modules/a.mdx:4:1 yaml-syntax']);
		expect(content.messages[0]!.reason).toBe('YAML invalide : indentation incorrecte');
	});

	it('explains the colon trap of French titles', () => {
		const content = load({ 'modules/a.mdx': moduleMdx({ title: 'Module : suite' }) });
		expect(brief(content)).toEqual(['content/modules/a.mdx:2:8 yaml-syntax']);
		expect(content.messages[0]!.hint).toContain('entre guillemets');
	});

	it('reports an MDX syntax error in French with its place', () => {
		const content = load({ 'modules/a.mdx': moduleMdx({}, '<div>\n\nUn texte jamais fermé.\n') });
		expect(brief(content)).toEqual(['content/modules/a.mdx:12:1 mdx-syntax']);
		expect(content.messages[0]!.reason).toBe('la balise « <div> » n’est jamais refermée');
	});

	it('refuses a file name that cannot be an id and suggests one', () => {
		const content = load({ 'modules/Sécurité Données.mdx': moduleMdx() });
		expect(content.messages[0]).toMatchObject({ ruleId: 'invalid-id', hint: expect.stringContaining('securite-donnees.mdx') });
	});

	it('refuses two files with the same id', () => {
		const content = load({ 'modules/a.md': moduleMdx(), 'modules/a.mdx': moduleMdx() });
		expect(content.messages.map((message) => message.ruleId)).toEqual(['duplicate-id']);
		expect(content.messages[0]!.related).toHaveLength(1);
	});

	it('refuses a draft without reading it, and warns about a file it cannot use', () => {
		const content = load({ 'modules/_brouillon.mdx': 'pas lu', 'modules/notes.txt': 'x' });
		expect(brief(content)).toEqual(['content/modules/_brouillon.mdx:1:1 unowned-file', 'content/modules/notes.txt:1:1 ignored-file']);
		expect(content.sources.map((source) => source.path)).not.toContain('content/modules/_brouillon.mdx');
	});

	it('requires the publisher file', () => {
		const content = load({ 'modules/a.mdx': moduleMdx() }, { withDefaults: false });
		expect(content.messages.map((message) => message.ruleId)).toContain('missing-organisation');
	});

	it('refuses an oversized file rather than reading it', () => {
		const content = load({ 'modules/a.mdx': moduleMdx({}, 'x'.repeat(3 * 1024 * 1024)) });
		expect(brief(content)).toEqual(['content/modules/a.mdx:1:1 file-too-large']);
	});
});
