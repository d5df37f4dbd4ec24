import { describe, expect, it } from 'vitest';
import { buildGraph, compareModuleNumbers } from '../../../src/model/graph.ts';
import type { Entry } from '../../../src/model/load.ts';
import { ModuleSchema, ParcoursSchema, PersonaSchema, SectionSchema } from '../../../src/model/schemas/index.ts';

const versioned = { version: '1.0.0', updated: '2026-01-01' };

function module(id: string, number: string, section: string, extra: Record<string, unknown> = {}): Entry<'modules'> {
	const data = ModuleSchema.parse({ title: `Titre ${id}`, number, section, summary: 's', objectives: ['o'], ...versioned, ...extra });
	return { collection: 'modules', id, file: `content/modules/${id}.mdx`, data };
}

function section(id: string, order: number): Entry<'sections'> {
	return { collection: 'sections', id, file: '', data: SectionSchema.parse({ title: id, order, summary: 's' }) };
}

const entries: Entry[] = [
	section('accompagnement', 2),
	section('numerique', 1),
	module('panorama', '10', 'sites', { duration: 3 }),
	module('caf', '10A', 'sites', { prerequisites: ['securite', 'panorama'], duration: 3 }),
	module('fondamentaux', '2', 'numerique', { duration: 4, followUps: ['securite'] }),
	module('securite', '3', 'numerique', { prerequisites: [{ text: 'Bases', orModule: 'fondamentaux' }], duration: 6 }),
	module('evaluer', '9', 'accompagnement', { prerequisites: [{ anyOf: ['individuel', 'collectif'] }] }),
	module('individuel', '7', 'accompagnement', { duration: 7 }),
	{
		collection: 'personas',
		id: 'jean',
		file: '',
		data: PersonaSchema.parse({ name: 'Jean', place: 'mairie', situation: 's', modules: ['securite', 'individuel'] }),
	},
	{
		collection: 'parcours',
		id: 'social',
		file: '',
		data: ParcoursSchema.parse({ title: 'P', summary: 's', audience: 'a', steps: ['securite', 'individuel', 'evaluer'], ...versioned }),
	},
];

const graph = buildGraph({ entries });

describe('content graph', () => {
	it('sorts display numbers as a reader expects: 2, 3, 9, 10, 10A', () => {
		expect(['10A', '9', '10', '2', '3'].sort(compareModuleNumbers)).toEqual(['2', '3', '9', '10', '10A']);
	});

	it('orders modules by section order, then number; unknown sections last', () => {
		expect(graph.modulesInCatalogueOrder().map((entry) => entry.id)).toEqual([
			'fondamentaux',
			'securite',
			'individuel',
			'evaluer',
			'panorama',
			'caf',
		]);
		expect(graph.sectionsInOrder().map((entry) => entry.id)).toEqual(['numerique', 'accompagnement']);
	});

	it('resolves the three shapes of prerequisite', () => {
		expect(graph.prerequisites('securite')).toEqual([{ kind: 'competence', text: 'Bases', moduleIds: ['fondamentaux'] }]);
		expect(graph.prerequisites('evaluer')).toEqual([{ kind: 'anyOf', moduleIds: ['individuel', 'collectif'] }]);
		expect(graph.prerequisiteModuleIds('caf')).toEqual(['securite', 'panorama']);
	});

	it('knows which modules build on a module', () => {
		expect(graph.requiredBy('securite')).toEqual(['caf']);
		expect(graph.requiredBy('fondamentaux')).toEqual(['securite']);
		expect(graph.followUps('fondamentaux')).toEqual(['securite']);
	});

	it('links personas to the modules that prepare for them, both ways', () => {
		expect(graph.linkedToModule('personas', 'individuel').map((entry) => entry.id)).toEqual(['jean']);
		expect(graph.linkedToModule('personas', 'caf')).toEqual([]);
	});

	it('computes a parcours total from its modules and names those without duration', () => {
		expect(graph.parcoursTotals('social')).toEqual({ hours: 13, withoutDuration: ['evaluer'] });
	});

	it('records every reference with the path where it is written', () => {
		const fromCaf = graph.references.filter((reference) => reference.from.id === 'caf');
		expect(fromCaf.map((reference) => [reference.target, reference.id, reference.path])).toEqual([
			['sections', 'sites', ['section']],
			['modules', 'securite', ['prerequisites', 0]],
			['modules', 'panorama', ['prerequisites', 1]],
		]);
	});
});
