import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/model/load.ts';
import { TermSchema } from '../../../src/model/schemas/index.ts';
import { glossaryByLetter, initialOf, relatedTerms } from '../../../src/site/glossary.ts';

function term(id: string, title: string, related: string[] = []): Entry<'glossaire'> {
	const data = TermSchema.parse({ term: title, definition: 'd', source: { title: 's' }, related });
	return { collection: 'glossaire', id, file: `content/glossaire/${id}.mdx`, data };
}

describe('the glossary index', () => {
	it('files a term under its first letter without accent or opening quote, and a digit under "#"', () => {
		expect(['Émancipation', 'ameli', 'Œuvre', '3D', '« Cloud »', '…'].map(initialOf)).toEqual(['E', 'A', 'O', '#', 'C', '#']);
	});

	it('sorts terms in French order (accents and case ignored) and puts "#" last', () => {
		const groups = glossaryByLetter([term('f', 'Fracture'), term('e2', 'Éducation'), term('e1', 'emancipation'), term('n', '2FA'), term('a', 'Accès')]);
		expect(groups.map((group) => [group.letter, group.anchor, group.terms.map((entry) => entry.data.term)])).toEqual([
			['A', 'lettre-a', ['Accès']],
			['E', 'lettre-e', ['Éducation', 'emancipation']],
			['F', 'lettre-f', ['Fracture']],
			['#', 'lettre-autres', ['2FA']],
		]);
	});

	it('relates terms both ways, without the term itself', () => {
		const all = [term('a', 'Alpha', ['b', 'a']), term('b', 'Bêta'), term('c', 'Gamma', ['b'])];
		expect(relatedTerms(all, all[1]!).map((entry) => entry.id)).toEqual(['a', 'c']);
	});
});
