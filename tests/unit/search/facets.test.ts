import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/model/graph.ts';
import type { Entry } from '../../../src/model/load.ts';
import { collectionNames } from '../../../src/model/collections.ts';
import { durationBand, OTHER_TYPE, searchFacets, searchFilterOrder, typeLabel, UNKNOWN_DURATION } from '../../../src/search/facets.ts';
import { hasEntryPages } from '../../../src/site/urls.ts';
import { chosenCount, chosenSentence, FOLD_AFTER, foldsAway, orderFilterValues, pagefindFilters, resultSentence, searchFromState, stateFromSearch } from '../../../src/search/query.ts';

const entry = (collection: string, id: string, data: object) => ({ collection, id, file: `${id}.mdx`, data }) as unknown as Entry;
const graph = buildGraph({
	entries: [
		entry('sections', 'bases', { title: 'Les bases', order: 1, summary: 'x' }),
		entry('modules', 'outils', { title: 'Outils', number: '10A', section: 'bases', duration: 3.5, keywords: ['FranceConnect', 'CAF'], prerequisites: [], followUps: [], sequence: [] }),
		entry('modules', 'long', { title: 'Long', number: '2', section: 'bases', keywords: [], prerequisites: [], followUps: [], sequence: [] }),
		entry('personas', 'lea', { name: 'Léa', place: 'médiathèque', modules: [], related: [] }),
		entry('parcours', 'p', { title: 'P', steps: [{ module: 'outils' }, { module: 'outils' }], personas: [] }),
	],
});

describe('search facets', () => {
	it('give a module its type, section, duration band, keywords, number and duration', () => {
		expect(searchFacets(graph, 'modules', 'outils')).toEqual({
			filters: { type: ['Module'], section: ['Les bases'], duree: ['une demi-journée ou moins (jusqu’à 3 h 30)'], 'mot-cle': ['FranceConnect', 'CAF'] },
			meta: { type: 'Module 10A', numero: '10A', duree: '3 h 30', motscles: 'FranceConnect · CAF' },
		});
		expect(searchFacets(graph, 'modules', 'long')!.filters.duree).toEqual([UNKNOWN_DURATION]);
	});

	it('give a persona its place, and a parcours the band of its total', () => {
		expect(searchFacets(graph, 'personas', 'lea')!.filters).toEqual({ type: ['Persona'], lieu: ['médiathèque'] });
		expect(searchFacets(graph, 'parcours', 'p')).toEqual({ filters: { type: ['Parcours'], duree: ['une journée (de 4 h à 7 h)'] }, meta: { type: 'Parcours', duree: '7 h' } });
		expect(searchFacets(graph, 'modules', 'absent')).toBeUndefined();
	});

	it('name the type of every collection with pages of its own, so that none is « Autre page »', () => {
		const withPages = collectionNames.filter(hasEntryPages);
		expect(withPages).toContain('reperes');
		expect(withPages.filter((collection) => typeLabel(collection) === OTHER_TYPE)).toEqual([]);
	});

	it('band durations as half days, days and more', () => {
		expect([durationBand(1), durationBand(3.5), durationBand(4), durationBand(7), durationBand(7.5)]).toEqual([
			'une demi-journée ou moins (jusqu’à 3 h 30)',
			'une demi-journée ou moins (jusqu’à 3 h 30)',
			'une journée (de 4 h à 7 h)',
			'une journée (de 4 h à 7 h)',
			'plus d’une journée (plus de 7 h)',
		]);
	});
});

describe('the search page state', () => {
	it('reads and writes the address, values of one filter widening, filters narrowing', () => {
		const state = stateFromSearch('?q=caf&type=Module&type=Persona&section=Les+bases&inconnu=x');
		expect(state).toEqual({ query: 'caf', filters: { type: ['Module', 'Persona'], section: ['Les bases'] } });
		expect(stateFromSearch(searchFromState(state))).toEqual(state);
		expect(pagefindFilters(state)).toEqual({ type: { any: ['Module', 'Persona'] }, section: { any: ['Les bases'] } });
	});

	it('counts the ticked filters and says so after « Affiner les résultats »', () => {
		const state = stateFromSearch('?q=x&type=Module&type=Persona&section=Les+bases');
		expect(chosenCount(state)).toBe(3);
		expect(chosenSentence(chosenCount(state))).toBe('(3 filtres choisis)');
		expect(chosenSentence(1)).toBe('(1 filtre choisi)');
		expect(chosenSentence(chosenCount(stateFromSearch('?q=x')))).toBe('');
	});

	it('says how many results were found, in French', () => {
		expect(resultSentence(0, { query: 'x', filters: {} })).toBe('Aucun résultat pour « x ».');
		expect(resultSentence(1, { query: '', filters: { type: ['Module'] } })).toBe('1 résultat.');
		expect(resultSentence(12, { query: 'caf', filters: {} })).toBe('12 résultats pour « caf ».');
	});

	it('folds long lists of keywords or places away, never the kinds of content, sections or durations', () => {
		expect(foldsAway('mot-cle', FOLD_AFTER + 1)).toBe(true);
		expect(foldsAway('lieu', FOLD_AFTER)).toBe(false);
		expect(foldsAway('type', 50)).toBe(false);
		expect(foldsAway('section', 50)).toBe(false);
		expect(foldsAway('duree', 50)).toBe(false);
	});

	it('lists sections in catalogue order, durations shortest first, and anything else alphabetically', () => {
		const order = searchFilterOrder(graph);
		expect(order.section).toEqual(['Les bases']);
		expect(order.type?.[0]).toBe('Module');
		const durations = orderFilterValues(
			[
				[UNKNOWN_DURATION, 1],
				[durationBand(8), 2],
				[durationBand(2), 3],
				[durationBand(6), 4],
			],
			order.duree,
		);
		expect(durations.map(([value]) => value)).toEqual([durationBand(2), durationBand(6), durationBand(8), UNKNOWN_DURATION]);
		expect(orderFilterValues([['Zèbre', 1], ['Les bases', 1], ['élan', 1]], order.section).map(([value]) => value)).toEqual(['Les bases', 'élan', 'Zèbre']);
	});
});
