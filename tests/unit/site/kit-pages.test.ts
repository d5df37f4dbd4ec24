// A link to a view of the kit's data follows the page that shows it, whatever that page is named.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { kitViewHref } from '../../../src/site/kit-pages.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

describe('links to the kit’s views', () => {
	it('lead to the page whose `shows` names the view, in the commons and in a fork that renamed it', () => {
		const commons = loadProject({ root: PROJECT_ROOT, contentDir: 'content' }).graph;
		expect(kitViewHref(commons, 'typologie', '/', 'wifi-gratuit')).toBe('/kit/typologie-mediations/#wifi-gratuit');
		const fixture = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' }).graph;
		expect(kitViewHref(fixture, 'typologie', '/catalogue/')).toBe('/catalogue/kit/typologie/');
		expect(kitViewHref(fixture, 'types-structures', '/')).toBe('/kit/structures/');
	});

	it('give no address when no page shows the view, so that the words stay without a link', () => {
		const fixture = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' }).graph;
		expect(kitViewHref(fixture, 'repertoire', '/')).toBeUndefined();
	});
});
