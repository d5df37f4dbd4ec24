// The French digital competence framework (CRCN): 5 domains, 16 competences, as published in the
// annex of article D121-1 of the code de l'éducation. Pix assesses and certifies these competences.
import type { Framework } from './framework.ts';

export const CRCN: Framework = {
	id: 'crcn',
	name: 'CRCN',
	inSentence: 'le CRCN',
	title: 'Cadre de référence des compétences numériques',
	language: 'fr',
	areaNoun: 'domaine',
	source: {
		title:
			'Décret n° 2019-919 du 30 août 2019 relatif au développement des compétences numériques dans l’enseignement scolaire, dans l’enseignement supérieur et par la formation continue, et au cadre de référence des compétences numériques (annexe de l’article D121-1 du code de l’éducation, « I. - Domaines et compétences »)',
		publisher: 'République française, Journal officiel du 1er septembre 2019 (Légifrance, JORFTEXT000039005162)',
		url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039005162',
		consulted: '2026-12-03',
		note:
			'Codes et intitulés relus dans l’annexe du décret (texte consolidé, LEGIARTI000045059270) et dans la présentation du CRCN par éduscol. La plateforme Pix nomme aujourd’hui la compétence 5.2 « Construire un environnement numérique » et le domaine 3 « Création de contenu » : l’intitulé du décret est gardé, celui de Pix est donné en second.',
	},
	areas: [
		{
			code: '1',
			title: 'Information et données',
			competences: [
				{ code: '1.1', title: 'Mener une recherche et une veille d’information' },
				{ code: '1.2', title: 'Gérer des données' },
				{ code: '1.3', title: 'Traiter des données' },
			],
		},
		{
			code: '2',
			title: 'Communication et collaboration',
			competences: [
				{ code: '2.1', title: 'Interagir' },
				{ code: '2.2', title: 'Partager et publier' },
				{ code: '2.3', title: 'Collaborer' },
				{ code: '2.4', title: 'S’insérer dans le monde numérique' },
			],
		},
		{
			code: '3',
			title: 'Création de contenus',
			competences: [
				{ code: '3.1', title: 'Développer des documents textuels' },
				{ code: '3.2', title: 'Développer des documents multimédia' },
				{ code: '3.3', title: 'Adapter les documents à leur finalité' },
				{ code: '3.4', title: 'Programmer' },
			],
		},
		{
			code: '4',
			title: 'Protection et sécurité',
			competences: [
				{ code: '4.1', title: 'Sécuriser l’environnement numérique' },
				{ code: '4.2', title: 'Protéger les données personnelles et la vie privée' },
				{ code: '4.3', title: 'Protéger la santé, le bien-être et l’environnement' },
			],
		},
		{
			code: '5',
			title: 'Environnement numérique',
			competences: [
				{ code: '5.1', title: 'Résoudre des problèmes techniques' },
				{ code: '5.2', title: 'Évoluer dans un environnement numérique', alsoKnownAs: 'Construire un environnement numérique' },
			],
		},
	],
};
