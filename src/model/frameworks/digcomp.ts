// The European Digital Competence Framework for Citizens, version 2.2: 5 areas, 21 competences. Its
// official titles are English; the French titles are the commons' own translation, said so on the site.
import type { Framework } from './framework.ts';

export const DIGCOMP: Framework = {
	id: 'digcomp',
	name: 'DigComp 2.2',
	inSentence: 'DigComp 2.2',
	title: 'DigComp 2.2: The Digital Competence Framework for Citizens',
	language: 'en',
	areaNoun: 'domaine',
	source: {
		title:
			'Vuorikari, R., Kluzer, S. et Punie, Y., « DigComp 2.2: The Digital Competence Framework for Citizens – With new examples of knowledge, skills and attitudes », 2022 (JRC128415)',
		publisher: 'Commission européenne, Centre commun de recherche (JRC) ; Office des publications de l’Union européenne, Luxembourg',
		url: 'https://publications.jrc.ec.europa.eu/repository/handle/JRC128415',
		consulted: '2026-12-03',
		note:
			'Codes et intitulés anglais relus dans la présentation du cadre (dimension 1 et 2 : 5 domaines, 21 compétences). Le JRC ne publie pas de version française de DigComp 2.2 : les intitulés français sont une traduction du commun. L’intitulé de la compétence 5.3 s’écrit « Creatively using digital technologies » dans les versions 2.0 et 2.1 ; il est repris tel quel.',
	},
	areas: [
		{
			code: '1',
			title: 'Information and data literacy',
			titleFr: 'Culture de l’information et des données',
			competences: [
				{
					code: '1.1',
					title: 'Browsing, searching and filtering data, information and digital content',
					titleFr: 'Naviguer, rechercher et filtrer des données, des informations et des contenus numériques',
				},
				{ code: '1.2', title: 'Evaluating data, information and digital content', titleFr: 'Évaluer des données, des informations et des contenus numériques' },
				{ code: '1.3', title: 'Managing data, information and digital content', titleFr: 'Gérer des données, des informations et des contenus numériques' },
			],
		},
		{
			code: '2',
			title: 'Communication and collaboration',
			titleFr: 'Communication et collaboration',
			competences: [
				{ code: '2.1', title: 'Interacting through digital technologies', titleFr: 'Interagir par les technologies numériques' },
				{ code: '2.2', title: 'Sharing through digital technologies', titleFr: 'Partager par les technologies numériques' },
				{ code: '2.3', title: 'Engaging in citizenship through digital technologies', titleFr: 'Exercer sa citoyenneté par les technologies numériques' },
				{ code: '2.4', title: 'Collaborating through digital technologies', titleFr: 'Collaborer par les technologies numériques' },
				{ code: '2.5', title: 'Netiquette', titleFr: 'Nétiquette' },
				{ code: '2.6', title: 'Managing digital identity', titleFr: 'Gérer son identité numérique' },
			],
		},
		{
			code: '3',
			title: 'Digital content creation',
			titleFr: 'Création de contenus numériques',
			competences: [
				{ code: '3.1', title: 'Developing digital content', titleFr: 'Créer des contenus numériques' },
				{ code: '3.2', title: 'Integrating and re-elaborating digital content', titleFr: 'Intégrer et retravailler des contenus numériques' },
				{ code: '3.3', title: 'Copyright and licences', titleFr: 'Droit d’auteur et licences' },
				{ code: '3.4', title: 'Programming', titleFr: 'Programmer' },
			],
		},
		{
			code: '4',
			title: 'Safety',
			titleFr: 'Sécurité',
			competences: [
				{ code: '4.1', title: 'Protecting devices', titleFr: 'Protéger ses appareils' },
				{ code: '4.2', title: 'Protecting personal data and privacy', titleFr: 'Protéger les données personnelles et la vie privée' },
				{ code: '4.3', title: 'Protecting health and well-being', titleFr: 'Protéger la santé et le bien-être' },
				{ code: '4.4', title: 'Protecting the environment', titleFr: 'Protéger l’environnement' },
			],
		},
		{
			code: '5',
			title: 'Problem solving',
			titleFr: 'Résolution de problèmes',
			competences: [
				{ code: '5.1', title: 'Solving technical problems', titleFr: 'Résoudre des problèmes techniques' },
				{ code: '5.2', title: 'Identifying needs and technological responses', titleFr: 'Cerner des besoins et y répondre par la technologie' },
				{ code: '5.3', title: 'Creatively using digital technologies', titleFr: 'Utiliser les technologies numériques de façon créative' },
				{ code: '5.4', title: 'Identifying digital competence gaps', titleFr: 'Repérer ses manques en compétences numériques' },
			],
		},
	],
};
