// README's table of commands, as a reader sees it rendered: one table, each command once, each a
// script that exists, and every script of package.json documented somewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

function tree(): Root {
	const parsed = parseMarkdown(README, 'md');
	if ('error' in parsed) throw new Error(`README.md illisible : ${parsed.error.message}`);
	return parsed.tree;
}

function text(node: RootContent): string {
	if ('value' in node) return node.value;
	return 'children' in node ? (node.children as RootContent[]).map(text).join('') : '';
}

/** The tables whose first header cell is « commande ». */
function commandTables(root: Root): Table[] {
	return root.children.filter((node): node is Table => node.type === 'table' && text(node.children[0]!.children[0]!).trim() === 'commande');
}

describe('README’s table of commands', () => {
	it('is one table: no row cut off from it and shown as text', () => {
		const root = tree();
		expect(commandTables(root)).toHaveLength(1);
		// A blank line inside a table makes the rows after it a paragraph starting with « | ».
		const strayRows = root.children.filter((node) => node.type === 'paragraph' && text(node).trimStart().startsWith('|'));
		expect(strayRows.map((node) => `ligne ${node.position?.start.line} : ${text(node).slice(0, 60)}`)).toEqual([]);
	});

	it('lists each command once, each one a script of package.json', () => {
		const rows = commandTables(tree())[0]!.children.slice(1).map((row) => text(row.children[0]!).trim());
		expect(rows.length).toBeGreaterThan(10);
		expect(rows.filter((row, index) => rows.indexOf(row) !== index)).toEqual([]);
		const unknown = rows.filter((row) => !scripts.includes(/^npm run ([\w:-]+)/.exec(row)?.[1] ?? ''));
		expect(unknown).toEqual([]);
	});

	it('leaves no script of package.json undocumented, in README or CONTRIBUTING', () => {
		const documents = `${README}\n${readFileSync(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8')}`;
		expect(scripts.length).toBeGreaterThan(10);
		const missing = scripts.filter((script) => !new RegExp(`npm (run )?${script.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w:-])`).test(documents));
		expect(missing).toEqual([]);
	});
});
