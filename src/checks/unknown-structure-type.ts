// `unknown-structure-type`: the structure type of each place of the directory is a declared one.
import { structureTypes } from '../model/typology.ts';
import { unknownKindRule } from './support/unknown-kind.ts';

export const unknownStructureType = unknownKindRule({
	id: 'unknown-structure-type',
	description: 'Le type de structure de chaque lieu du répertoire est déclaré dans le dossier « types-structures ».',
	noun: 'type de structure',
	folder: 'types-structures',
	kinds: structureTypes,
	cited: (place) => [{ id: place.data.structureType, path: ['structureType'] }],
});
