// qualiopi-indicateur-1 is a warning for anyone and an error for a certified organisation: the
// fixture's organisation says `qualiopi: true`; without it, the same module only gets a warning.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index.ts';
import { loadProject } from '../../../src/model/project.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

const root = join(PROJECT_ROOT, 'tests/fixtures/check/qualiopi-indicateur-1');
const severities = (project: ReturnType<typeof loadProject>, strict = false) =>
	runChecks(project, { strict, only: ['qualiopi-indicateur-1'] }).map((message) => `${message.file} ${message.fatal ? 'erreur' : 'avertissement'}`);

describe('qualiopi-indicateur-1', () => {
	it('is an error when organisation.yaml says the organisation is certified', () => {
		expect(severities(loadProject({ root, contentDir: 'content' }))).toEqual(['content/modules/incomplet.mdx erreur']);
	});

	it('is a warning otherwise, and an error again with --strict', () => {
		const project = loadProject({ root, contentDir: 'content' });
		project.graph.organisation = { ...project.graph.organisation!, qualiopi: undefined };
		expect(severities(project)).toEqual(['content/modules/incomplet.mdx avertissement']);
		expect(severities(project, true)).toEqual(['content/modules/incomplet.mdx erreur']);
	});
});
