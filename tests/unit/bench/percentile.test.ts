import { describe, expect, it } from 'vitest';
import { percentile } from '../../../src/bench/search.ts';

describe('percentile', () => {
	it('gives the value below which a share of the numbers fall', () => {
		const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
		expect(percentile(values, 0.5)).toBe(5);
		expect(percentile(values, 0.95)).toBe(10);
		expect(percentile([7], 0.95)).toBe(7);
		expect(percentile([], 0.5)).toBeNaN();
	});
});
