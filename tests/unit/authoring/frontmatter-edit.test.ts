// Bumping rewrites only the values that change: a trainer's comments, quotes and list styles stay.
import { describe, expect, it } from 'vitest';
import { FrontmatterEditor } from '../../../src/authoring/frontmatter-edit.ts';

function bump(text: string): string {
	const editor = new FrontmatterEditor(text, 'test.mdx');
	editor.setScalar('version', '1.1.0');
	editor.setScalar('updated', '2026-12-02');
	editor.appendToList('changelog', { version: '1.1.0', date: '2026-12-02', summary: 'Ajout : un exemple, « guillemets » compris' });
	return editor.apply();
}

/** Lines of `after` that are not in `before`, and lines of `before` that are gone. */
function lineChanges(before: string, after: string) {
	const a = before.split('\n');
	const b = after.split('\n');
	return { added: b.filter((line) => !a.includes(line)), removed: a.filter((line) => !b.includes(line)) };
}

describe('FrontmatterEditor', () => {
	it('changes the version and date lines, keeps comments and quotes, and adds a flow entry like the others', () => {
		const before = `---
# Relu par l’équipe
title: "Découvrir : les outils"   # titre court
tags: [a, b]
version: 1.0.0 # à monter avec npm run bump
updated: '2026-01-02'
changelog:
  - { version: 1.0.0, date: 2026-01-02, summary: Création. }
keywords:
  - outils
---

Le corps ne bouge pas : version: 1.0.0
`;
		const after = bump(before);
		expect(lineChanges(before, after)).toEqual({
			added: [
				'version: 1.1.0 # à monter avec npm run bump',
				"updated: '2026-12-02'",
				'  - { version: 1.1.0, date: 2026-12-02, summary: "Ajout : un exemple, « guillemets » compris" }',
			],
			removed: ['version: 1.0.0 # à monter avec npm run bump', "updated: '2026-01-02'"],
		});
		expect(after.indexOf('summary: "Ajout')).toBeLessThan(after.indexOf('keywords:'));
		expect(after.endsWith('Le corps ne bouge pas : version: 1.0.0\n')).toBe(true);
	});

	it('follows a block-style changelog with its own indentation', () => {
		const before = `---
version: 2.3.4
updated: 2026-01-02
changelog:
    -   version: 2.3.4
        date: 2026-01-02
        summary: Relecture.
---
`;
		expect(bump(before)).toBe(`---
version: 1.1.0
updated: 2026-12-02
changelog:
    -   version: 2.3.4
        date: 2026-01-02
        summary: Relecture.
    -   version: 1.1.0
        date: 2026-12-02
        summary: "Ajout : un exemple, « guillemets » compris"
---
`);
	});

	it('starts a changelog when there is none, and fills an empty flow one', () => {
		expect(bump('---\nversion: 1.0.0\nupdated: 2026-01-02\n---\nCorps.\n')).toBe(
			'---\nversion: 1.1.0\nupdated: 2026-12-02\nchangelog:\n  - version: 1.1.0\n    date: 2026-12-02\n    summary: "Ajout : un exemple, « guillemets » compris"\n---\nCorps.\n',
		);
		expect(bump('---\nversion: 1.0.0\nupdated: 2026-01-02\nchangelog: []\n---\n')).toContain(
			'changelog: [{version: 1.1.0, date: 2026-12-02, summary: "Ajout : un exemple, « guillemets » compris"}]\n',
		);
	});
});
