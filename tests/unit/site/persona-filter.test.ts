import { describe, expect, it } from 'vitest';
import { comparePlaces, personaMatches, placeLabel, resultSentence } from '../../../src/site/persona-filter.ts';

const nadia = { place: 'mairie', obstacles: ['competences', 'psychologique'], modules: ['demarches-en-ligne'] };

describe('personaMatches', () => {
	it('keeps every persona when no filter is chosen', () => {
		expect(personaMatches(nadia, {})).toBe(true);
		expect(personaMatches(nadia, { place: '', obstacle: '', module: '' })).toBe(true);
	});

	it('needs every chosen filter to match', () => {
		expect(personaMatches(nadia, { place: 'mairie', obstacle: 'psychologique' })).toBe(true);
		expect(personaMatches(nadia, { place: 'mairie', obstacle: 'langue' })).toBe(false);
		expect(personaMatches(nadia, { module: 'demarches-en-ligne' })).toBe(true);
		expect(personaMatches(nadia, { module: 'caf' })).toBe(false);
		expect(personaMatches(nadia, { place: 'CCAS' })).toBe(false);
	});

	it('compares whole ids, not parts of them', () => {
		expect(personaMatches({ ...nadia, modules: ['demarches-en-ligne'] }, { module: 'demarches' })).toBe(false);
	});
});

describe('resultSentence', () => {
	it('says how many personas are shown, out of how many, in French', () => {
		expect(resultSentence(3, 30)).toBe('3 personas affichées sur 30.');
		expect(resultSentence(1, 30)).toBe('1 persona affichée sur 30.');
		expect(resultSentence(30, 30)).toBe('30 personas affichées.');
		expect(resultSentence(1, 1)).toBe('1 persona affichée.');
		expect(resultSentence(0, 30)).toBe('Aucune persona ne correspond à ces critères.');
	});
});

describe('places', () => {
	it('sort alphabetically whatever their case and accents, and read with a capital', () => {
		expect(['médiathèque', 'CCAS', 'mairie', 'EHPAD'].sort(comparePlaces)).toEqual(['CCAS', 'EHPAD', 'mairie', 'médiathèque']);
		expect(placeLabel('médiathèque')).toBe('Médiathèque');
		expect(placeLabel('CCAS')).toBe('CCAS');
	});
});
