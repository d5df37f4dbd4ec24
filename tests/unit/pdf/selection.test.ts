import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { resolveSelection } from '../../../src/pdf/selection.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

const { graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' });

describe('a custom catalogue selection', () => {
	it('takes the modules of a learning path, in its order, named after it', () => {
		const result = resolveSelection(graph, { parcours: 'premiers-pas' });
		expect(result).toEqual({
			catalogue: { slug: 'premiers-pas', selection: { modules: ['outils', 'accueil'], parcours: 'premiers-pas', label: 'Parcours : Premiers pas' } },
		});
	});

	it('names a selection of modules after their ids', () => {
		const result = resolveSelection(graph, { modules: ['securite', 'outils'] });
		expect('catalogue' in result && result.catalogue.slug).toBe('securite-outils');
	});

	it('lists every unknown id with the closest known one', () => {
		const result = resolveSelection(graph, { modules: ['securit', 'outils', 'zzz'] });
		expect(result).toEqual({ errors: ['module inconnu « securit » : vouliez-vous dire « securite » ?', 'module inconnu « zzz »'] });
		expect(resolveSelection(graph, { parcours: 'premier-pas' })).toEqual({
			errors: ['parcours inconnu « premier-pas » : vouliez-vous dire « premiers-pas » ?'],
		});
	});

	it('refuses both options at once', () => {
		expect('errors' in resolveSelection(graph, { modules: ['outils'], parcours: 'premiers-pas' })).toBe(true);
	});
});
