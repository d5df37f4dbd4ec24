// The pages a module as a training action adds, as the check knows them before any build: a link to
// a trainer sheet is right only for a module that has a running order.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { pageIndex } from '../../../src/site/page-index.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

const { graph } = loadProject({ root: `${PROJECT_ROOT}/tests/fixtures/check/valid`, contentDir: 'content' });
const index = pageIndex(graph);

describe('the training pages in the index of site pages', () => {
	it('has a trainer sheet only for a module with a running order', () => {
		expect(index.has('/modules/animer/animation/')).toBe(true);
		expect(index.has('/modules/decouvrir/animation/')).toBe(false);
		expect(index.has('/modules/decouvrir/historique/')).toBe(true);
	});

	it('has the general conditions and the competences pages', () => {
		expect(index.has('/conditions-generales/')).toBe(true);
		expect(index.has('/competences/')).toBe(true);
	});

	it('knows every heading of a module sheet, Qualiopi’s nine included', () => {
		const anchors = index.anchors('/modules/animer/');
		expect(anchors?.complete).toBe(true);
		for (const id of ['informations-pratiques', 'prerequis', 'objectifs', 'duree', 'acces', 'tarifs', 'contacts', 'methodes', 'evaluation', 'accessibilite', 'deroule-minute'])
			expect(anchors?.ids.has(id), id).toBe(true);
	});
});
