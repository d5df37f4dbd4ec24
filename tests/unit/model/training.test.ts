// A module as a training action: the new fields read as a contributor writes them, the practical
// information with the organisation's defaults, the nine Qualiopi items and the running order's clock.
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model/schema-messages.ts';
import { ModuleSchema, OrganisationSchema, PersonaSchema, type Module, type Organisation } from '../../../src/model/schemas/index.ts';
import { formatClock, practicalInfo, qualiopiRows, runningOrder, trainingMinutes } from '../../../src/model/training-info.ts';

const base = {
	title: 'Sécurité des données',
	number: '3',
	section: 'le-numerique',
	summary: 'Protéger les données des personnes.',
	objectives: ['Repérer un courriel frauduleux'],
	version: '1.0.0',
	updated: '2026-01-01',
};

function module(extra: Record<string, unknown> = {}): Module {
	const { data, problems } = validate(ModuleSchema, { ...base, ...extra });
	expect(problems).toEqual([]);
	return data!;
}

function organisation(extra: Record<string, unknown> = {}): Organisation {
	const { data, problems } = validate(OrganisationSchema, {
		name: 'Structure',
		shortName: 'S',
		contact: { email: 'a@b.example' },
		address: { city: 'Auch' },
		territory: ['Gers'],
		...extra,
	});
	expect(problems).toEqual([]);
	return data!;
}

describe('the module’s training fields', () => {
	it('reads plain objectives and objectives with how they are assessed alike', () => {
		const data = module({ objectives: ['Repérer un risque', { text: 'Orienter une personne', assessedBy: 'Étude de cas' }] });
		expect(data.objectives).toEqual([{ text: 'Repérer un risque' }, { text: 'Orienter une personne', assessedBy: 'Étude de cas' }]);
	});

	it('accepts « text, or any of these modules » as a prerequisite, and refuses orModule with orModules', () => {
		expect(module({ prerequisites: [{ text: 'Savoir animer', orModules: ['individuel', 'collectif'] }] }).prerequisites).toHaveLength(1);
		const { problems } = validate(ModuleSchema, { ...base, prerequisites: [{ text: 'x', orModule: 'a', orModules: ['b', 'c'] }] });
		expect(problems[0]?.message).toContain('pas les deux');
	});

	it('reads prices as written: free, on quotation, an amount per person or for the group', () => {
		expect(module({ price: 'Gratuit' }).price).toEqual({ kind: 'free' });
		expect(module({ price: 'sur devis' }).price).toEqual({ kind: 'quote' });
		expect(module({ price: 250 }).price).toEqual({ kind: 'amount', amount: 250, per: 'personne' });
		expect(module({ price: { amount: 900, per: 'groupe', note: 'OPCO' } }).price).toEqual({ kind: 'amount', amount: 900, per: 'groupe', note: 'OPCO' });
		const { problems } = validate(ModuleSchema, { ...base, price: '250 euros' });
		expect(problems[0]?.message).toContain('« gratuit », « sur devis »');
	});

	it('reads the format with or without accents, and start times the French way', () => {
		expect(module({ format: 'Présentiel' }).format).toBe('presentiel');
		expect(module({ startTime: '9:30' }).startTime).toBe(570);
		expect(module({ startTime: '13 h 45' }).startTime).toBe(825);
		expect(module({ startTime: 9 }).startTime).toBe(540);
		expect(validate(ModuleSchema, { ...base, startTime: '25:00' }).problems[0]?.message).toContain('heure invalide « 25:00 »');
	});

	it('keeps competence codes YAML read as numbers as the codes they are', () => {
		expect(module({ frameworks: { crcn: [4.2, '2.1'] } }).frameworks).toEqual({ crcn: ['4.2', '2.1'], digcomp: [] });
	});

	it('refuses a step without its method, unless it is a meal break', () => {
		const { problems } = validate(ModuleSchema, {
			...base,
			sequence: [{ title: 'Accueil', minutes: 20 }, { title: 'Déjeuner', minutes: 60, break: true }],
		});
		expect(problems).toEqual([expect.objectContaining({ path: ['sequence', 0, 'title'], message: expect.stringContaining('« Accueil » ne dit pas sa méthode') })]);
	});

	it('refuses a step that serves an objective the module does not have', () => {
		const { problems } = validate(ModuleSchema, { ...base, sequence: [{ title: 'Accueil', minutes: 20, method: 'Tour de table', objectives: [1, 3] }] });
		expect(problems).toEqual([
			expect.objectContaining({ path: ['sequence', 0, 'objectives', 1], message: expect.stringContaining('sert l’objectif 3, mais le module n’en a que 1') }),
		]);
	});

	it('reads qualiopi: true as a certification, qualiopi: false as none', () => {
		expect(organisation({ qualiopi: true }).qualiopi).toEqual({ categories: [] });
		expect(organisation({ qualiopi: false }).qualiopi).toBeUndefined();
	});

	it('keeps a persona’s facilitator notes apart from its public fields', () => {
		const { data, problems } = validate(PersonaSchema, {
			name: 'Jean',
			place: 'mairie',
			situation: 'Une situation.',
			animation: { expected: { accueil: ['Reformuler'] }, pitfalls: ['Faire à sa place'] },
		});
		expect(problems).toEqual([]);
		expect(data?.animation).toEqual({
			expected: { accueil: ['Reformuler'], diagnostic: [], accompagnement: [], orientation: [] },
			pitfalls: ['Faire à sa place'],
			answers: [],
		});
	});
});

describe('practical information and Qualiopi’s nine items', () => {
	const shared = organisation({
		training: {
			access: 'Sur inscription.',
			leadTime: 'Deux semaines.',
			price: 'gratuit',
			contacts: { administrative: { name: 'Secrétariat', phone: '01 00 00 00 00' }, disability: { name: 'Référente', email: 'r@b.example' } },
			disabilityAccess: 'Salle accessible.',
			startTime: '9:30',
		},
	});

	it('takes each field from the module, else from the organisation, contact by contact', () => {
		const info = practicalInfo(module({ price: 120, contacts: { disability: { name: 'Autre référent', phone: '02' } } }), shared);
		expect(info.price).toEqual({ value: { kind: 'amount', amount: 120, per: 'personne' }, from: 'module' });
		expect(info.access).toEqual({ value: 'Sur inscription.', from: 'organisation' });
		expect(info.contacts.disability?.value.name).toBe('Autre référent');
		expect(info.contacts.administrative?.from).toBe('organisation');
		expect(info.startTime).toEqual({ value: 570, from: 'organisation' });
		expect(practicalInfo(module()).startTime).toEqual({ value: 540, from: 'default' });
	});

	it('says for each item whether the module gives it, the organisation does, or nobody', () => {
		const rows = qualiopiRows(module({ duration: 3, methods: ['Étude de cas'], evaluation: { satisfaction: 'Questionnaire' } }), shared);
		expect(Object.fromEntries(rows.map((row) => [row.item.id, row.status]))).toEqual({
			prerequisites: 'module',
			objectives: 'module',
			duration: 'module',
			access: 'organisation',
			price: 'organisation',
			contacts: 'organisation',
			methods: 'module',
			// Satisfaction alone says nothing of what was learnt.
			evaluation: 'missing',
			accessibility: 'organisation',
		});
		expect(rows.map((row) => row.item.heading)).toEqual([
			'Prérequis',
			'Objectifs',
			'Durée',
			'Modalités et délais d’accès',
			'Tarifs',
			'Contacts',
			'Méthodes mobilisées',
			'Modalités d’évaluation',
			'Accessibilité aux personnes handicapées',
		]);
	});

	it('needs both the access and its lead time', () => {
		const rows = qualiopiRows(module({ access: 'Sur inscription.' }));
		expect(rows.find((row) => row.item.id === 'access')?.status).toBe('missing');
	});

	it('finds the methods in the running order when the sheet lists none', () => {
		const rows = qualiopiRows(module({ sequence: [{ title: 'Cas', minutes: 30, method: 'Étude de cas' }] }));
		expect(rows.find((row) => row.item.id === 'methods')?.status).toBe('module');
	});
});

describe('the running order’s clock', () => {
	const sequence = module({
		duration: 2,
		sequence: [
			{ title: 'Accueil', minutes: 20, method: 'Tour de table' },
			{ title: 'Apport', minutes: 40, method: 'Exposé' },
			{ title: 'Déjeuner', minutes: 60, break: true },
			{ title: 'Pratique', minutes: 60, method: 'Exercices' },
		],
	}).sequence;

	it('starts each step where the previous one ended, breaks included', () => {
		const clock = runningOrder(sequence, 9 * 60).map(({ start, end }) => `${formatClock(start)}–${formatClock(end)}`);
		expect(clock.map((line) => line.replace(/\u00a0/g, ' '))).toEqual(['9 h 00–9 h 20', '9 h 20–10 h 00', '10 h 00–11 h 00', '11 h 00–12 h 00']);
	});

	it('counts training time without the meal break', () => {
		expect(trainingMinutes(sequence)).toBe(120);
	});
});
