import { describe, expect, it } from 'vitest';
import { orderModules, planPath, selectionFromSearch, selectionToSearch, sessionsFor, type PlanData, type PlanModule } from '../../../src/composer/plan.ts';

function module(id: string, order: number, duration: number | undefined, prerequisites: PlanModule['prerequisites'] = []): PlanModule {
	return { id, number: String(order), title: id, duration, order, prerequisites };
}

// bases ← outils ← ateliers (anyOf outils|accueil); securite needs a competence bases can replace.
const data: PlanData = {
	modules: [
		module('bases', 1, 7),
		module('securite', 2, 3.5, [{ kind: 'competence', text: 'Savoir naviguer', moduleIds: ['bases'] }]),
		module('outils', 3, 3, [{ kind: 'module', moduleId: 'bases' }]),
		module('accueil', 4, undefined),
		module('ateliers', 5, 10, [{ kind: 'anyOf', moduleIds: ['accueil', 'outils'] }]),
	],
	parcours: [{ id: 'premiers-pas', title: 'Premiers pas', modules: ['outils', 'securite'] }],
	personas: [{ id: 'lea', name: 'Léa', modules: ['ateliers'] }],
};
const ids = (modules: PlanModule[]) => modules.map((m) => m.id);

describe('the learning-path builder', () => {
	it('flags a missing prerequisite without adding it when asked only to check', () => {
		const plan = planPath(data, ['outils'], { addMissing: false });
		expect(ids(plan.steps)).toEqual(['outils']);
		expect(plan.notes).toEqual([{ kind: 'missing', moduleId: 'bases', requiredBy: 'outils' }]);
	});

	it('adds missing prerequisites, and theirs, and puts them first', () => {
		const plan = planPath(data, ['ateliers'], { addMissing: true });
		// anyOf: the first option in catalogue order (outils, 3) comes before accueil (4); outils needs bases.
		expect(ids(plan.steps)).toEqual(['bases', 'outils', 'ateliers']);
		expect(plan.notes).toEqual([
			{ kind: 'added', moduleId: 'outils', requiredBy: 'ateliers' },
			{ kind: 'added', moduleId: 'bases', requiredBy: 'outils' },
		]);
	});

	it('is satisfied by any one module of a choice, and flags the choice when none is there', () => {
		expect(planPath(data, ['accueil', 'ateliers'], { addMissing: false }).notes).toEqual([]);
		expect(planPath(data, ['ateliers'], { addMissing: false }).notes).toEqual([
			{ kind: 'missing-choice', moduleIds: ['outils', 'accueil'], requiredBy: 'ateliers' },
		]);
	});

	it('notes a competence with the module that can replace it, unless that module is chosen', () => {
		expect(planPath(data, ['securite'], { addMissing: true }).notes).toEqual([
			{ kind: 'competence', text: 'Savoir naviguer', moduleIds: ['bases'], requiredBy: 'securite' },
		]);
		const withBases = planPath(data, ['securite', 'bases'], { addMissing: false });
		expect(withBases.notes).toEqual([]);
		expect(ids(withBases.steps)).toEqual(['bases', 'securite']);
	});

	it('orders prerequisites first and otherwise keeps the catalogue order, whatever the order of the choice', () => {
		const plan = planPath(data, ['ateliers', 'securite', 'outils', 'accueil', 'bases'], { addMissing: false });
		expect(ids(plan.steps)).toEqual(['bases', 'securite', 'outils', 'accueil', 'ateliers']);
		const late = [module('z', 1, 1, [{ kind: 'module', moduleId: 'y' }]), module('y', 2, 1)];
		expect(ids(orderModules(late))).toEqual(['y', 'z']);
	});

	it('sums hours and half-day sessions, and names the modules without a duration', () => {
		const plan = planPath(data, ['bases', 'outils', 'accueil', 'ateliers'], { addMissing: false });
		expect(plan.hours).toBe(20);
		expect(plan.withoutDuration).toEqual(['accueil']);
		expect(plan.sessions).toBe(2 + 1 + 3);
		expect([sessionsFor(3.5), sessionsFor(3.6), sessionsFor(0.5)]).toEqual([1, 2, 1]);
	});

	it('keeps a cycle (a content error) from losing modules', () => {
		const cycle = [module('a', 1, 1, [{ kind: 'module', moduleId: 'b' }]), module('b', 2, 1, [{ kind: 'module', moduleId: 'a' }])];
		expect(ids(orderModules(cycle)).sort()).toEqual(['a', 'b']);
	});
});

describe('the shareable address', () => {
	it('encodes the choice and reads it back, ignoring unknown ids in the plan', () => {
		const search = selectionToSearch(['outils', 'bases']);
		expect(search).toBe('?modules=outils,bases');
		expect(selectionFromSearch(search, data)).toEqual(['outils', 'bases']);
		const plan = planPath(data, selectionFromSearch('?modules=bases,ancien-module', data), { addMissing: false });
		expect(plan.unknown).toEqual(['ancien-module']);
		expect(ids(plan.steps)).toEqual(['bases']);
	});

	it('starts from a parcours or a persona', () => {
		expect(selectionFromSearch('?parcours=premiers-pas', data)).toEqual(['outils', 'securite']);
		expect(selectionFromSearch('?persona=lea&modules=bases', data)).toEqual(['ateliers', 'bases']);
	});
});
