import { describe, expect, it } from 'vitest';
import { closest } from '../../../src/model/suggest.ts';

describe('closest', () => {
	const ids = ['securite-donnees', 'fondamentaux-numerique', 'demarches-en-ligne'];

	it('finds the id a contributor meant despite a typo, a missing letter or a swap', () => {
		expect(closest('securite-donees', ids)).toBe('securite-donnees');
		expect(closest('fondamentaux-numerqiue', ids)).toBe('fondamentaux-numerique');
		expect(closest('sécurité-données', ids)).toBe('securite-donnees');
	});

	it('suggests an id from its beginning', () => {
		expect(closest('demarches', ids)).toBe('demarches-en-ligne');
	});

	it('suggests nothing when nothing is close', () => {
		expect(closest('ateliers-collectifs', ids)).toBeUndefined();
	});
});
