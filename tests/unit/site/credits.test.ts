// Who a page credits: header authors and contributors, people from git history once, origins nearest first.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/model/load.ts';
import { creditsOf, personLabel } from '../../../src/site/credits.ts';

const entry = (collection: string, data: object) => ({ collection, id: 'x', file: `content/${collection}/x.mdx`, data }) as unknown as Entry;

describe('creditsOf', () => {
	it('adds the people found in git history after the header’s contributors, without naming anyone twice', () => {
		const module = entry('modules', { authors: [{ name: 'Alix Autrice' }], contributors: [{ name: 'Sam Relectrice' }] });
		const history = new Map([['content/modules/x.mdx', ['alix autrice', 'Noé Formateur', 'Sam Relectrice']]]);
		const credits = creditsOf(module, history);
		expect(credits.authors.map((person) => person.name)).toEqual(['Alix Autrice']);
		expect(credits.contributors.map((person) => person.name)).toEqual(['Sam Relectrice', 'Noé Formateur']);
	});

	it('names the version an entry was adapted from first, even when its header lists the chain oldest first', () => {
		const deck = entry('decks', { derivedFrom: [{ source: 'Première' }, { source: 'Seconde' }], modified: true });
		expect(creditsOf(deck, new Map()).derivedFrom.map((origin) => origin.source)).toEqual(['Seconde', 'Première']);
		const module = entry('modules', { derivedFrom: { source: 'Commun d’origine' } });
		expect(creditsOf(module, new Map()).derivedFrom).toEqual([{ source: 'Commun d’origine' }]);
		expect(creditsOf(entry('modules', {}), new Map()).derivedFrom).toEqual([]);
	});

	it('names every level of a module’s origins, the original’s own origins after it', () => {
		const module = entry('modules', { derivedFrom: { source: 'Commun de formation', id: 'caf', earlier: [{ source: 'Catalogue Coll.in', id: 'module-5' }] } });
		expect(creditsOf(module, new Map()).derivedFrom.map((origin) => origin.source)).toEqual(['Commun de formation', 'Catalogue Coll.in']);
	});

	it('writes a person with their organisation', () => {
		expect(personLabel({ name: 'Camille Martin', organisation: 'Centre social' })).toBe('Camille Martin (Centre social)');
		expect(personLabel({ name: 'Camille Martin' })).toBe('Camille Martin');
	});
});
