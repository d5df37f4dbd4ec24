import { describe, expect, it } from 'vitest';
import { ADAPTABLE_LICENCES, licenceLabel } from '../../../src/model/licences.ts';

describe('licenceLabel', () => {
	it('writes licence ids the way readers know them', () => {
		expect(licenceLabel('CC-BY-SA-4.0')).toBe('CC BY-SA 4.0');
		expect(licenceLabel('CC-BY-3.0')).toBe('CC BY 3.0');
		expect(licenceLabel('CC0-1.0')).toBe('CC0 1.0');
		expect(licenceLabel('Etalab-2.0')).toBe('Licence Ouverte 2.0 (Etalab)');
	});

	it('gives every licence the commons can adapt a name without the id’s hyphens, and leaves unknown ids as written', () => {
		for (const id of ADAPTABLE_LICENCES) expect(licenceLabel(id), id).not.toBe(id);
		expect(licenceLabel('MIT')).toBe('MIT');
	});
});
