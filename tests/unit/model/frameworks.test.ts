// The competence frameworks shipped with the model: the official counts, unique codes, and a
// source a reader can check them against.
import { describe, expect, it } from 'vitest';
import { competencesOf, FRAMEWORKS, findCompetence } from '../../../src/model/frameworks/index.ts';

describe('the competence frameworks', () => {
	it.each([
		['crcn', 5, 16],
		['digcomp', 5, 21],
	] as const)('%s has its official %i areas and %i competences, each code once and under its area', (id, areas, competences) => {
		const framework = FRAMEWORKS[id];
		expect(framework.areas).toHaveLength(areas);
		const all = competencesOf(framework);
		expect(all).toHaveLength(competences);
		expect(new Set(all.map((competence) => competence.code)).size).toBe(competences);
		for (const competence of all) expect(competence.code.startsWith(`${competence.area.code}.`), competence.code).toBe(true);
	});

	it.each(['crcn', 'digcomp'] as const)('%s names its source: title, publisher, address and the day it was read', (id) => {
		const { source } = FRAMEWORKS[id];
		expect(source.title.length).toBeGreaterThan(20);
		expect(source.publisher.length).toBeGreaterThan(5);
		expect(source.url).toMatch(/^https:\/\//);
		expect(source.consulted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('gives DigComp’s official English titles and a French title for each', () => {
		for (const competence of competencesOf(FRAMEWORKS.digcomp)) expect(competence.titleFr, competence.code).toBeTruthy();
		expect(findCompetence('digcomp', '4.2')?.title).toBe('Protecting personal data and privacy');
		expect(findCompetence('crcn', '4.2')?.title).toBe('Protéger les données personnelles et la vie privée');
		expect(findCompetence('crcn', '4.4')).toBeUndefined();
	});
});
