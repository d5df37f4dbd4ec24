// The sidebar of a fork offers only the parts of the commons it publishes.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import { buildSidebar } from '../../../src/site/sidebar.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

type Item = { label: string; link?: string; items?: Item[] };

function links(items: Item[]): string[] {
	return items.flatMap((item) => (item.items ? links(item.items) : item.link ? [item.link] : []));
}

function sidebarOf(contentDir: string) {
	return buildSidebar(loadProject({ root: PROJECT_ROOT, contentDir }).graph) as Item[];
}

const PARTS = ['/parcours/', '/personas/', '/roles/', '/reperes/', '/kit/', '/repertoire/', '/decks/', '/glossaire/', '/carte/', '/composer/', '/mots-cles/'];

describe('the sidebar', () => {
	it('leads to every part of the commons, which publishes all of them', () => {
		expect(links(sidebarOf('content'))).toEqual(expect.arrayContaining(PARTS));
	});

	it('of a fork with one section and one module leads to its module, and to no part it left empty', () => {
		const sidebar = sidebarOf('tests/fixtures/minimal-fork');
		const all = links(sidebar);
		expect(all).toContain('/modules/prendre-rdv/');
		expect(all.filter((link) => PARTS.includes(link))).toEqual([]);
		expect(sidebar.map((group) => group.label)).toEqual(['Catalogue', 'Trouver et choisir', 'À propos']);
	});
});
