import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/model/load.ts';
import { writeContentTree } from '../../helpers/content-tree.ts';

const statement = (status: string) => `status: ${status}
evaluated: 2026-12-02
method:
  - tests automatiques
testedPages:
  - { title: Accueil, path: / }
`;

describe('the accessibility statement file', () => {
	it('is read with its defaults when valid', () => {
		const root = writeContentTree({ 'accessibilite.yaml': statement('partiellement-conforme') });
		const content = loadContent({ root, contentDir: 'content' });
		expect(content.messages).toEqual([]);
		expect(content.accessibility?.data).toMatchObject({ status: 'partiellement-conforme', standard: 'RGAA 4.1.2', nonConformities: [] });
	});

	it('is optional', () => {
		const content = loadContent({ root: writeContentTree({}), contentDir: 'content' });
		expect(content.accessibility).toBeUndefined();
		expect(content.messages).toEqual([]);
	});

	it('reports an unknown status at its line, in French, with the accepted values', () => {
		const root = writeContentTree({ 'accessibilite.yaml': statement('conforme') });
		const [message] = loadContent({ root, contentDir: 'content' }).messages;
		expect(message).toMatchObject({ file: 'content/accessibilite.yaml', line: 1, ruleId: 'schema' });
		expect(message!.message).toContain('« conforme »');
		expect(message!.hint).toContain('totalement-conforme, partiellement-conforme, non-conforme');
	});
});
