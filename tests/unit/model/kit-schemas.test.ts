// The kit's data schemas: what a contributor is told when a place, a questionnaire or a scenario is wrong.
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model/schema-messages.ts';
import { MediationCategorySchema, PlaceSchema, QuestionnaireSchema, ScenarioSchema } from '../../../src/model/schemas/index.ts';

const place = {
	name: 'Lieu',
	address: { street: '1 rue', postcode: '31000', city: 'Toulouse' },
	structureType: 'mairie',
	mediations: ['wifi'],
	public: 'Tous',
	access: 'Libre',
	hours: 'Le matin',
	updated: '2026-01-01',
};

describe('kit schemas', () => {
	it('accepts a minimal place and fills its defaults', () => {
		const { data, problems } = validate(PlaceSchema, place);
		expect(problems).toEqual([]);
		expect(data).toMatchObject({ example: false, domains: [], limits: [], accessibility: 'inconnu' });
	});

	it('explains a bad postcode, e-mail, accessibility value and an empty list of mediations', () => {
		const { problems } = validate(PlaceSchema, {
			...place,
			address: { ...place.address, postcode: 31000 },
			email: 'pas-une-adresse',
			accessibility: 'ouii',
			mediations: [],
		});
		const byPath = Object.fromEntries(problems.map((problem) => [problem.path.join('.'), problem]));
		expect(byPath['address.postcode']!.message).toContain('code postal est attendu');
		expect(byPath.email!.message).toContain('adresse électronique invalide');
		expect(byPath.accessibility!.hint).toContain('vouliez-vous dire « oui » ?');
		expect(byPath.mediations!.message).toContain('au moins un type de médiation');
	});

	it('refuses a type id repeated inside a category, at the repeat', () => {
		const { problems } = validate(MediationCategorySchema, {
			title: 'Accès',
			summary: 'Résumé.',
			types: [
				{ id: 'wifi', label: 'Wi-Fi' },
				{ id: 'wifi', label: 'Wi-Fi encore' },
			],
		});
		expect(problems.map((problem) => problem.path)).toEqual([['types', 1, 'id']]);
	});

	it('refuses two questions with the same id and a choice question without options', () => {
		const { problems } = validate(QuestionnaireSchema, {
			title: 'Q',
			audience: 'tous',
			intro: 'Intro.',
			sections: [
				{ title: 'A', questions: [{ id: 'age', label: 'Âge ?', kind: 'single', options: ['Jeune'] }] },
				{ title: 'B', questions: [{ id: 'age', label: 'Encore ?', kind: 'text' }] },
			],
		});
		expect(problems.map((problem) => problem.path)).toEqual([
			['sections', 0, 'questions', 0, 'options'],
			['sections', 1, 'questions', 0, 'id'],
		]);
		expect(problems[1]!.message).toContain('deux questions portent l’identifiant « age »');
	});

	it('refuses a bridge to a step the scenario does not have, listing the steps', () => {
		const { problems } = validate(ScenarioSchema, {
			letter: 'B',
			title: 'T',
			situation: 'S.',
			conditions: ['C.'],
			solutions: ['P.'],
			steps: [
				{ id: 'a', label: 'A' },
				{ id: 'b', label: 'B' },
			],
			bridges: [{ from: 'a', to: 'c' }],
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]!.path).toEqual(['bridges', 0, 'to']);
		expect(problems[0]!.message).toContain('étape inconnue « c »');
		expect(problems[0]!.hint).toBe('les étapes de ce scénario sont : a, b');
	});
});
