// FORMACODE, the thesaurus of the training offer (Centre Inffo): the descriptors LHÉO asks for a
// training's field (`code-FORMACODE`) and for its audience (`code-public-vise`, the « publics »
// descriptors 80001 to 80999). Only the codes the commons and its forks are likely to need are
// shipped; a fork that needs another one adds it here with its label, from the same source.
import type { CodeList } from './code-list.ts';

/** The version of FORMACODE the codes are written in, as LHÉO's `ref` attribute says it. */
export const FORMACODE_VERSION = 'V12';

const SOURCE = {
	title: 'FORMACODE® (descripteurs, libellés et correspondance NSF)',
	publisher: 'Centre Inffo ; copie tenue dans le dépôt du langage LHÉO (réseau des Carif-Oref)',
	location: 'https://github.com/lheo/lheo-schema, fichier datasources/sources/FCod-utf-8.csv (commit bdb4cc8, fichier modifié le 2021-10-21)',
	consulted: '2026-12-03',
	note:
		'La liste en ligne du Centre Inffo n’a pas pu être consultée depuis la machine de construction : les codes et libellés sont ceux du fichier du dépôt LHÉO. Ce fichier ne dit pas sa version de FORMACODE ; « V12 » est la version que donne l’attribut ref, à vérifier avant une diffusion officielle.',
};

export const FORMACODE: CodeList = {
	name: 'FORMACODE',
	source: SOURCE,
	codes: [
		{ code: '15031', label: 'adaptation sociale' },
		{ code: '31006', label: 'sécurité informatique' },
		{ code: '35052', label: 'accueil' },
		{ code: '44035', label: 'médiation socioculturelle' },
		{ code: '44054', label: 'action sociale' },
		{ code: '44056', label: 'travail social en réseau' },
		{ code: '44072', label: 'travail social' },
		{ code: '46271', label: 'navigation internet' },
	],
};

/** The FORMACODE descriptors of an audience (« publics »). */
export const FORMACODE_AUDIENCES: CodeList = {
	name: 'FORMACODE (publics)',
	source: SOURCE,
	codes: [
		{ code: '80019', label: 'formateur' },
		{ code: '80036', label: 'profession de la santé et du travail social' },
		{ code: '80040', label: 'public dépendant des services sociaux' },
		{ code: '80055', label: 'agent fonction publique' },
		{ code: '80056', label: 'tout public' },
		{ code: '80058', label: 'public en emploi' },
	],
};
