import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/model/load.ts';
import { moduleLabel, moduleShortLabel } from '../../../src/site/labels.ts';

const module = (data: { number: string; title: string; shortTitle?: string }) => ({ collection: 'modules', id: 'x', data }) as unknown as Entry<'modules'>;

describe('a module’s name in the sidebar', () => {
	it('is its number and short title; its full title stays for the page', () => {
		const sheet = module({ number: '2', title: 'Connaître les fondamentaux et usages du numérique', shortTitle: 'Fondamentaux du numérique' });
		expect(moduleShortLabel(sheet)).toBe('2 · Fondamentaux du numérique');
		expect(moduleLabel(sheet)).toBe('Module 2 · Connaître les fondamentaux et usages du numérique');
	});

	it('without a short title, is what follows the title’s colon, else the whole title', () => {
		expect(moduleShortLabel(module({ number: '10A', title: 'Accompagner le public sur les plateformes institutionnelles : caf.fr' }))).toBe('10A · caf.fr');
		expect(moduleShortLabel(module({ number: '8', title: 'Ateliers collectifs' }))).toBe('8 · Ateliers collectifs');
	});
});
