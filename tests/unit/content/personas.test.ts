import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { FRAME_STEPS } from '../../../src/model/schemas/persona.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

// Every person the source documents put in a situation (issue 4 of the project): the commons must
// offer each of them to trainers.
const REQUIRED = [
	'jean', 'nadia', 'simone', 'marie', 'karim', 'karim-et-titam', 'pascal', 'amina', 'gerard', 'theo',
	'lionel', 'lise', 'colette', 'benoit', 'yann', 'ali', 'jimmy', 'paul', 'samia', 'valentin', 'camille',
	'michou', 'naya', 'monsieur-leblanc', 'madame-jeanvie', 'scenario-a', 'scenario-b', 'scenario-c',
	'scenario-d', 'scenario-e',
];

const { graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'content' });
const personas = [...graph.byCollection.personas.values()];

describe('the commons’ personas', () => {
	it('include every person of the source documents', () => {
		const missing = REQUIRED.filter((id) => !graph.get('personas', id));
		expect(missing).toEqual([]);
	});

	it.each(REQUIRED)('%s has a place, a situation, at least one obstacle and the four steps as questions', (id) => {
		const persona = graph.get('personas', id);
		expect(persona, `content/personas/${id}.mdx`).toBeDefined();
		const data = persona!.data;
		expect(data.place.length).toBeGreaterThan(1);
		expect(data.situation.length).toBeGreaterThan(20);
		expect(data.obstacles.length).toBeGreaterThan(0);
		for (const step of FRAME_STEPS) {
			expect(data.frame[step].length, `${id} : ${step}`).toBeGreaterThan(0);
			for (const question of data.frame[step]) expect(question, `${id} : ${step}`).toMatch(/\?$/);
		}
		expect(data.modules.length).toBeGreaterThan(0);
	});

	it('name only modules and personas that exist', () => {
		const broken = personas.flatMap((persona) => [
			...persona.data.modules.filter((id) => !graph.get('modules', id)).map((id) => `${persona.id} → module ${id}`),
			...persona.data.related.filter((id) => !graph.get('personas', id)).map((id) => `${persona.id} → persona ${id}`),
		]);
		expect(broken).toEqual([]);
	});

	it('can be told apart on the index: two personas with the same name differ by age', () => {
		const seen = new Map<string, string[]>();
		for (const persona of personas) {
			const key = `${persona.data.name}|${persona.data.age ?? ''}`;
			seen.set(key, [...(seen.get(key) ?? []), persona.id]);
		}
		expect([...seen.values()].filter((ids) => ids.length > 1)).toEqual([]);
	});
});
