import { describe, expect, it } from 'vitest';
import { collectDirectives } from '../../../src/markdown/directives.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { directiveReferences } from '../../../src/model/references.ts';
import type { Entry } from '../../../src/model/load.ts';

function tree(text: string) {
	const parsed = parseMarkdown(text, 'mdx');
	if ('error' in parsed) throw new Error(parsed.error.message);
	return parsed.tree;
}

const entry = { collection: 'modules', id: 'x', file: 'content/modules/x.mdx', data: {} } as Entry;

describe('reference directives', () => {
	it('finds :module[id], :persona[id] and :term[id] with the place of their id', () => {
		const text = '---\ntitle: t\n---\n\nVoir :module[securite-donnees] avec :persona[jean],\npuis :term[rgpd].\n';
		const references = directiveReferences(entry, tree(text));
		expect(references.map((reference) => [reference.target, reference.id, reference.point])).toEqual([
			['modules', 'securite-donnees', { line: 5, column: 14 }],
			['personas', 'jean', { line: 5, column: 46 }],
			['glossaire', 'rgpd', { line: 6, column: 12 }],
		]);
	});

	it('does not take French times and ratios for references', () => {
		const references = directiveReferences(entry, tree('Rendez-vous à 10:30, écran 16:9, pause:café.\n'));
		expect(references).toEqual([]);
	});

	it('reads the label of block directives such as :::notes', () => {
		const found = collectDirectives(tree(':::notes[Pour le formateur]\nDire bonjour.\n:::\n'));
		expect(found).toMatchObject([{ kind: 'container', name: 'notes', label: 'Pour le formateur' }]);
	});
});
