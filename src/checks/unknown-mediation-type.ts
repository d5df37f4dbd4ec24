// `unknown-mediation-type`: every mediation a place of the directory offers is a type of the typology.
import { mediationTypes } from '../model/typology.ts';
import { unknownKindRule } from './support/unknown-kind.ts';

export const unknownMediationType = unknownKindRule({
	id: 'unknown-mediation-type',
	description: 'Chaque type de médiation d’un lieu du répertoire est déclaré dans la typologie (dossier « typologie »).',
	noun: 'type de médiation',
	folder: 'typologie',
	kinds: mediationTypes,
	cited: (place) => place.data.mediations.map((id, index) => ({ id, path: ['mediations', index] })),
});
