// The scenario diagrams: each step placed once, in a column after the step that leads to it.
import { describe, expect, it } from 'vitest';
import { layoutJourney, wrap } from '../../../src/kit/journey-layout.ts';
import { ScenarioSchema } from '../../../src/model/schemas/index.ts';

const scenario = ScenarioSchema.parse({
	letter: 'A',
	title: 'Test',
	situation: 'Une situation.',
	conditions: ['Une condition.'],
	solutions: ['Une piste.'],
	steps: [
		{ id: 'demande', label: 'Accueil de la mairie' },
		{ id: 'entretien', label: 'Entretien individuel', alternatives: ['Centre social', 'MJC'] },
		{ id: 'atelier', label: 'Atelier' },
		{ id: 'materiel', label: 'Matériel à petit prix' },
		{ id: 'isole', label: 'Étape sans passerelle' },
	],
	bridges: [
		{ from: 'demande', to: 'entretien' },
		{ from: 'entretien', to: 'atelier' },
		{ from: 'entretien', to: 'materiel' },
	],
});

describe('journey diagrams', () => {
	it('puts each step in the column of its distance from the request, without overlap', () => {
		const { nodes, width, height } = layoutJourney(scenario);
		const x = Object.fromEntries(nodes.map((node) => [node.id, node.x]));
		expect(x.demande).toBe(0);
		expect(x.entretien).toBeGreaterThan(x.demande!);
		expect(x.atelier).toBeGreaterThan(x.entretien!);
		expect(x.atelier).toBe(x.materiel);
		expect(x.isole).toBeGreaterThan(x.atelier!);
		const atelier = nodes.find((node) => node.id === 'atelier')!;
		const materiel = nodes.find((node) => node.id === 'materiel')!;
		expect(materiel.y).toBeGreaterThanOrEqual(atelier.y + atelier.height);
		for (const node of nodes) {
			expect(node.x + node.width).toBeLessThanOrEqual(width);
			expect(node.y + node.height).toBeLessThanOrEqual(height);
		}
	});

	it('draws one arrow per bridge and writes the alternatives in the box', () => {
		const { edges, nodes } = layoutJourney(scenario);
		expect(edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['demande>entretien', 'entretien>atelier', 'entretien>materiel']);
		const entretien = nodes.find((node) => node.id === 'entretien')!;
		expect(entretien.lines.filter((line) => line.alternative).map((line) => line.text).join(' ')).toBe('ou : Centre social, MJC');
	});

	it('wraps long labels at spaces', () => {
		expect(wrap('Accompagnement social global et durable', 20)).toEqual(['Accompagnement', 'social global et', 'durable']);
	});
});
