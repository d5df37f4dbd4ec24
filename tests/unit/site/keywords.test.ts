import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/model/graph.ts';
import type { Entry } from '../../../src/model/load.ts';
import { keywordIndex, keywordSlug } from '../../../src/site/keywords.ts';

const module = (id: string, number: string, keywords: string[]) =>
	({ collection: 'modules', id, file: `${id}.mdx`, data: { number, section: 's', title: id, keywords, prerequisites: [], followUps: [], sequence: [] } }) as unknown as Entry;
const section = { collection: 'sections', id: 's', file: 's.mdx', data: { title: 'S', order: 1, summary: 'x' } } as unknown as Entry;

describe('keywords', () => {
	it('make readable, accent-free addresses', () => {
		expect(keywordSlug('Données personnelles')).toBe('donnees-personnelles');
		expect(keywordSlug('sites gouv.fr')).toBe('sites-gouv-fr');
		expect(keywordSlug('  Œuvre & CAF ')).toBe('oeuvre-caf');
	});

	it('gather every module naming a keyword, however it is capitalised, in catalogue order', () => {
		const graph = buildGraph({
			entries: [section, module('b', '2', ['FranceConnect', 'Sécurité']), module('a', '1', ['franceconnect']), module('c', '3', ['FranceConnect'])],
		});
		const index = keywordIndex(graph);
		expect(index.map((keyword) => [keyword.slug, keyword.label, keyword.entries.map((entry) => entry.id)])).toEqual([
			['franceconnect', 'FranceConnect', ['a', 'b', 'c']],
			['securite', 'Sécurité', ['b']],
		]);
	});
});
