// Durations as schema.org reads them (ISO 8601).
import { describe, expect, it } from 'vitest';
import { isoDuration } from '../../../src/open-data/json-ld.ts';

describe('isoDuration', () => {
	it('writes hours and minutes', () => {
		expect(isoDuration(7)).toBe('PT7H');
		expect(isoDuration(3.5)).toBe('PT3H30M');
		expect(isoDuration(0.75)).toBe('PT45M');
		expect(isoDuration(1.25)).toBe('PT1H15M');
	});
});
