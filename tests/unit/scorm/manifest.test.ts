import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { MASTERY_SCORE, scormManifest } from '../../../src/scorm/manifest.ts';
import { deckQuizzesOf, decksUsedBy, scormQuizCount } from '../../../src/scorm/quizzes.ts';
import { selectModules } from '../../../src/scorm/selection.ts';
import { moduleLabel } from '../../../src/site/labels.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { validateManifest } from '../../helpers/scorm.ts';

const { graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' });
const securite = graph.get('modules', 'securite')!;

/** The text of the first element of that name in the manifest. */
function textOf(xml: string, name: string): string | undefined {
	const element = DomUtils.findOne((node) => node.name === name, parseDocument(xml, { xmlMode: true }).children);
	return element ? DomUtils.textContent(element) : undefined;
}

describe('the manifest of a module’s SCORM package', () => {
	it('is valid against the SCORM 1.2 schemas, and carries the title, version and licence of the module', () => {
		const xml = scormManifest(securite, { organisation: graph.organisation, hasQuizzes: true });
		const validation = validateManifest(xml);
		expect(validation.output).toContain('validates');
		expect(validation.valid).toBe(true);
		expect(textOf(xml, 'title')).toBe(moduleLabel(securite));
		expect(textOf(xml, 'imsmd:version')).toBe(securite.data.version);
		expect(textOf(xml, 'schemaversion')).toBe('1.2');
		expect(textOf(xml, 'imsmd:rights')).toContain('Licence CC BY-SA 4.0');
		expect(textOf(xml, 'adlcp:masteryscore')).toBe(String(MASTERY_SCORE));
	});

	it('keeps markup in a title as text, and stays valid', () => {
		const hostile = { ...securite, data: { ...securite.data, title: 'Les <données> & "vous" </title></manifest>', summary: 'Un résumé\u0001 avec un caractère interdit' } };
		const xml = scormManifest(hostile, { organisation: graph.organisation, hasQuizzes: false });
		expect(validateManifest(xml).valid).toBe(true);
		expect(textOf(xml, 'title')).toBe(moduleLabel(hostile));
		expect(textOf(xml, 'adlcp:masteryscore')).toBeUndefined();
	});

	it('is refused by the validation when it breaks the schemas', () => {
		const xml = scormManifest(securite, { organisation: graph.organisation, hasQuizzes: true }).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
		expect(validateManifest(xml).valid).toBe(false);
	});
});

describe('the quizzes of a module’s package', () => {
	it('are those of the decks its running order uses, with the module’s own', () => {
		expect(decksUsedBy(graph, securite).map((deck) => deck.id)).toEqual(['atelier']);
		expect(deckQuizzesOf(graph, securite).flatMap((group) => group.quizzes.map((quiz) => `${group.deck.id}/${quiz.number}`))).toEqual(['atelier/1', 'atelier/2']);
		expect(scormQuizCount(graph, securite)).toBe(2);
		// outils has a quiz in its sheet and no running order.
		expect(scormQuizCount(graph, graph.get('modules', 'outils')!)).toBe(1);
	});
});

describe('the modules npm run scorm packages', () => {
	it('are the ones named, or all of them; an unknown one is told with the closest name', () => {
		expect(selectModules(graph, [])).toEqual({ modules: [...graph.byCollection.modules.values()] });
		expect(selectModules(graph, ['outils', 'outils'])).toEqual({ modules: [graph.get('modules', 'outils')] });
		expect(selectModules(graph, ['outil'])).toEqual({ errors: ['module inconnu « outil » (vouliez-vous dire « outils » ?)'] });
	});
});
