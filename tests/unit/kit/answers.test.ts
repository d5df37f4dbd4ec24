// Questionnaire answers as the browser hands them back, and their counts over several files.
import { describe, expect, it } from 'vitest';
import { answerColumns, answersToCsv, answersToJson, countAnswers, readAnswerFile, type QuestionnaireData } from '../../../src/kit/answers.ts';
import { QuestionnaireSchema } from '../../../src/model/schemas/index.ts';

const questionnaire: QuestionnaireData = {
	id: 'besoins',
	...QuestionnaireSchema.parse({
		title: 'Questionnaire de test',
		audience: 'personnes de test',
		intro: 'Une introduction.',
		sections: [
			{
				title: 'Partie',
				questions: [
					{ id: 'nom', label: 'Nom de la structure', kind: 'text' },
					{ id: 'courriel', label: 'Avez-vous une adresse ?', kind: 'single', options: ['Oui', 'Non'] },
					{ id: 'sites', label: 'Quels sites ?', kind: 'multiple', options: ['CAF', 'Impôts', 'Mairie'], other: true },
					{ id: 'aisance', label: 'Votre aisance', kind: 'grid', rows: ['Ordinateur', 'Smartphone'], options: ['Faible', 'Bonne'] },
				],
			},
		],
	}),
};

describe('answer files', () => {
	it('gives one column per question, per grid row and per free "other" answer', () => {
		expect(answerColumns(questionnaire).map((column) => column.key)).toEqual(['nom', 'courriel', 'sites', 'sites-autre', 'aisance.1', 'aisance.2']);
	});

	it('reads back what it wrote, in JSON and in CSV, commas and quotes included', () => {
		const answers = { nom: ['Centre « Les Pins », annexe'], courriel: ['Oui'], sites: ['CAF', 'Mairie'], 'sites-autre': ['ANTS'], 'aisance.2': ['Bonne'] };
		const json = answersToJson(questionnaire, answers, new Date('2026-12-01T10:00:00Z'));
		expect(JSON.parse(json)).toEqual({
			questionnaire: 'besoins',
			title: 'Questionnaire de test',
			exportedAt: '2026-12-01T10:00:00.000Z',
			answers: { nom: 'Centre « Les Pins », annexe', courriel: 'Oui', sites: ['CAF', 'Mairie'], 'sites-autre': 'ANTS', 'aisance.2': 'Bonne' },
		});
		expect(readAnswerFile('a.json', json)).toEqual({ questionnaire: 'besoins', responses: [answers] });
		const csv = answersToCsv(questionnaire, answers);
		expect(csv.split('\n')[0]).toBe('questionnaire,nom,courriel,sites,sites-autre,aisance.1,aisance.2');
		expect(readAnswerFile('a.csv', csv)).toEqual({ questionnaire: 'besoins', responses: [answers] });
	});

	it('refuses files that are not answers of this site, saying which one', () => {
		expect(() => readAnswerFile('notes.json', '{"a": 1}')).toThrow('« notes.json » n’est pas un fichier de réponses de ce site');
		expect(() => readAnswerFile('casse.json', '{"questionnaire": ')).toThrow('« casse.json » n’est pas un fichier JSON lisible');
		expect(() => readAnswerFile('tableau.csv', 'nom,prenom\nA,B\n')).toThrow('la première colonne doit s’appeler « questionnaire »');
	});

	it('counts each option over several responses, counting a person once per option', () => {
		const counts = countAnswers(questionnaire, [
			{ courriel: ['Oui'], sites: ['CAF', 'Mairie'], 'aisance.1': ['Faible'] },
			{ courriel: ['Non'], sites: ['CAF', 'CAF'] },
			{ courriel: ['Oui'], nom: ['Un nom'] },
		]);
		const byKey = Object.fromEntries(counts.map((count) => [count.column.key, count]));
		expect(byKey.courriel!.answered).toBe(3);
		expect(byKey.courriel!.counts).toEqual([
			{ option: 'Oui', count: 2 },
			{ option: 'Non', count: 1 },
		]);
		expect(byKey.sites!.counts).toEqual([
			{ option: 'CAF', count: 2 },
			{ option: 'Impôts', count: 0 },
			{ option: 'Mairie', count: 1 },
		]);
		expect(byKey['aisance.1']!.answered).toBe(1);
		expect(byKey.nom!.answered).toBe(1);
	});
});
