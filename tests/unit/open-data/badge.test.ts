// Open Badges 3.0 achievements of the fixture site's modules, checked against the Achievement
// constraints of the Open Badges 3.0 JSON Schema (tests/fixtures/open-badges, with its source).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { moduleAchievement } from '../../../src/open-data/badge.ts';
import { sectionBadgeSvg } from '../../../src/open-data/badge-image.ts';
import { siteAddress } from '../../../src/open-data/site-address.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { errorLines, jsonSchemaValidator } from '../../helpers/json-schema.ts';

const { graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' });
const address = siteAddress('https://fixture.example/', '/');
const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/open-badges/achievement.schema.json'), 'utf8')) as object;

describe('Open Badges 3.0 achievements', () => {
	it('gives every module an achievement valid against the Open Badges 3.0 schema', () => {
		const validate = jsonSchemaValidator().compile(schema);
		for (const module of graph.byCollection.modules.values()) {
			const achievement = moduleAchievement(graph, module, address);
			expect(validate(achievement), `${module.id}: ${errorLines(validate.errors).join('; ')}`).toBe(true);
		}
		expect(graph.byCollection.modules.size).toBeGreaterThan(0);
	});

	it('refuses an achievement without criteria or with an alignment that has no address (the schema can fail)', () => {
		const validate = jsonSchemaValidator().compile(schema);
		const { criteria: _criteria, ...withoutCriteria } = moduleAchievement(graph, graph.get('modules', 'securite')!, address);
		expect(validate(withoutCriteria)).toBe(false);
		const achievement = moduleAchievement(graph, graph.get('modules', 'securite')!, address);
		expect(validate({ ...achievement, alignment: [{ type: ['Alignment'], targetName: '4.1' }] })).toBe(false);
	});

	it('states the criteria from the objectives and their assessment, and aligns to the CRCN and DigComp codes', () => {
		const achievement = moduleAchievement(graph, graph.get('modules', 'securite')!, address);
		expect(achievement.id).toBe('https://fixture.example/donnees/badges/securite.json');
		expect(achievement.type).toEqual(['Achievement']);
		expect(achievement.criteria.id).toBe('https://fixture.example/modules/securite/');
		expect(achievement.criteria.narrative).toContain('- Objectif du module 2 (évalué par : Une mise en situation observée)');
		expect(achievement.alignment.map((alignment) => `${alignment.targetFramework.startsWith('Cadre') ? 'crcn' : 'digcomp'} ${alignment.targetCode}`)).toEqual([
			'crcn 4.1',
			'crcn 4.2',
			'digcomp 4.2',
		]);
		expect(achievement.alignment[0]!.targetUrl).toBe('https://fixture.example/competences/#crcn-4-1');
		expect(achievement.image).toEqual({ id: 'https://fixture.example/donnees/badges/sections/bases.svg', type: 'Image', caption: expect.stringContaining('section') });
		expect(achievement.creator).toMatchObject({ type: ['Profile'], name: 'Atelier Fixture' });
	});

	it('draws the section’s image with its title escaped', () => {
		const svg = sectionBadgeSvg(2, 'Les <bases> & le reste');
		expect(svg).toContain('&lt;bases&gt; &amp;');
		expect(svg).not.toContain('<bases>');
	});
});
