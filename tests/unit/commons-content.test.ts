import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { loadProject } from '../../src/model/project.ts';
import { formatText } from '../../src/report/text.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

describe('the commons’ own content', () => {
	it('passes the check step without any error', () => {
		const messages = runChecks(loadProject({ root: PROJECT_ROOT, contentDir: 'content' }));
		const errors = messages.filter((message) => message.fatal);
		expect(errors, formatText(errors)).toEqual([]);
	});
});
