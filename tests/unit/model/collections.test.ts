// The registry is the one table of collections: what other modules derive from it reads right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	collectionNames,
	eachCitedNoun,
	NEW_KINDS,
	REFERENCE_DIRECTIVES,
	specOf,
	unknownNoun,
	VERSIONED_COLLECTIONS,
} from '../../../src/model/collections.ts';
import { collectionPath, entryAtPath, entryPath } from '../../../src/site/urls.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

describe('the collection registry', () => {
	it('names a CONTRIBUTING.md section that exists for every collection, for the hints of schema errors', () => {
		const headings = new Set(
			readFileSync(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8')
				.split('\n')
				.filter((line) => /^#{2,3} /.test(line))
				.map((line) => line.replace(/^#+ /, '')),
		);
		expect(collectionNames.filter((name) => !headings.has(specOf(name).guide))).toEqual([]);
	});

	it('gives each collection its own folder and each directive one collection', () => {
		const folders = collectionNames.map((name) => specOf(name).folder);
		expect(new Set(folders).size).toBe(folders.length);
		expect(REFERENCE_DIRECTIVES).toMatchObject({ module: 'modules', persona: 'personas', term: 'glossaire', kit: 'kit' });
		expect(Object.keys(REFERENCE_DIRECTIVES)).toHaveLength(collectionNames.filter((name) => specOf(name).directive).length);
	});

	it('derives the versioned collections, the `new` kinds and the agreement of messages', () => {
		expect(VERSIONED_COLLECTIONS).toEqual(['modules', 'parcours', 'decks', 'kit']);
		expect(NEW_KINDS.map((kind) => `${kind.kind}→${kind.collection}`)).toEqual(['module→modules', 'parcours→parcours', 'persona→personas', 'deck→decks']);
		expect(unknownNoun('personas')).toBe('persona inconnue');
		expect(unknownNoun('decks')).toBe('support de présentation inconnu');
		expect(eachCitedNoun('kit')).toBe('Chaque page du kit citée');
	});

	it('routes every entry the same way both ways', () => {
		expect(entryPath('modules', 'caf')).toBe('/modules/caf/');
		expect(entryPath('repertoire', 'mjc')).toBe('/repertoire/#mjc');
		expect(collectionPath('typologie')).toBe('/kit/typologie-mediations/');
		const exists = (collection: string, id: string) => collection === 'kit' && id === 'territoire/analyse';
		expect(entryAtPath('/catalogue/kit/territoire/analyse/', '/catalogue/', exists)).toEqual({ collection: 'kit', id: 'territoire/analyse' });
	});
});
