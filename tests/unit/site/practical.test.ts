// The « Durée » item of a module sheet reads as one French sentence, whatever the sheet gives.
import { describe, expect, it } from 'vitest';
import { durationLine } from '../../../src/site/practical.ts';

describe('the duration line of a sheet', () => {
	it('gives the length, the hours of the running order and the group size', () => {
		expect(durationLine(3.5, { max: 12 }, ', de 9:00 à 12:30')).toBe('3 h 30, de 9:00 à 12:30 ; 12 participant·e·s au plus.');
		expect(durationLine(7, { min: 6, max: 12 })).toBe('7 h ; de 6 à 12 participant·e·s.');
		expect(durationLine(2, undefined)).toBe('2 h.');
	});

	it('without a duration, says it is to be set in one sentence ending with one full stop', () => {
		expect(durationLine(undefined, undefined)).toBe('À préciser : demandez-le au contact de la formation.');
		expect(durationLine(undefined, { max: 12 })).toBe('À préciser : demandez-le au contact de la formation ; 12 participant·e·s au plus.');
	});
});
