// NSF, the French nomenclature of training specialities (Nomenclature des spécialités de
// formation, 1994): the three-character codes LHÉO asks for a training's field (`code-NSF`). Only
// the codes the commons and its forks are likely to need are shipped.
import type { CodeList } from './code-list.ts';

export const NSF: CodeList = {
	name: 'NSF',
	source: {
		title: 'Nomenclature des spécialités de formation (NSF), codes et libellés des groupes de spécialités',
		publisher: 'INSEE (nomenclature de 1994) ; libellés repris de la correspondance FORMACODE–NSF tenue dans le dépôt du langage LHÉO',
		location: 'https://github.com/lheo/lheo-schema, fichier datasources/sources/FCod-utf-8.csv, colonne de la spécialité NSF (commit bdb4cc8)',
		consulted: '2026-12-03',
		note: 'La nomenclature publiée par l’INSEE n’a pas pu être consultée depuis la machine de construction : codes et libellés sont ceux de la correspondance du dépôt LHÉO.',
	},
	codes: [
		{ code: '321', label: 'Journalisme et communication (y compris communication graphique)' },
		{ code: '326', label: 'Informatique, traitement de l’information, réseaux de transmission des données' },
		{ code: '332', label: 'Travail social' },
		{ code: '333', label: 'Enseignement, formation' },
		{ code: '334', label: 'Accueil, hôtellerie, tourisme' },
		{ code: '415', label: 'Développement des capacités d’orientation, d’insertion ou de réinsertion sociales et professionnelles' },
	],
};
