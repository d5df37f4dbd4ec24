// Links to the site's pages written from its root lead under the base once rendered.
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../../src/markdown/base-links.ts';
import { markdownFeatures } from '../../../src/markdown/features.ts';
import { referenceLinks } from '../../../src/markdown/reference-links.ts';

const render = (markdown: string, base: string) =>
	(
		markdownToHtml(markdown, {
			features: markdownFeatures,
			mdastPlugins: [referenceLinks((directive, id) => (directive === 'module' ? { href: `/modules/${id}/`, label: `Module ${id}` } : 'not-a-reference'))],
			hastPlugins: [baseLinks(base)],
		}) as { html: string }
	).html;

describe('base links', () => {
	it('put a link written from the site root under the base', () => {
		expect(render('Voir [la carte](/carte/) et [le module](/modules/caf/#objectifs).', '/catalogue/')).toContain(
			'<a href="/catalogue/carte/">la carte</a> et <a href="/catalogue/modules/caf/#objectifs">le module</a>',
		);
	});

	it('put a reference directive’s link under the base, once', () => {
		expect(render('Voir :module[caf].', '/catalogue/')).toContain('href="/catalogue/modules/caf/"');
	});

	it('leave other sites, relative links and anchors alone', () => {
		const html = render('[a](https://exemple.org/x/) [b](//exemple.org/) [c](../caf/) [d](#objectifs) [e](mailto:a@b.fr)', '/catalogue/');
		expect(html).toContain('href="https://exemple.org/x/"');
		expect(html).toContain('href="//exemple.org/"');
		expect(html).toContain('href="../caf/"');
		expect(html).toContain('href="#objectifs"');
		expect(html).toContain('href="mailto:a@b.fr"');
	});

	it('change nothing when the site is at the root', () => {
		expect(render('[la carte](/carte/)', '/')).toContain('<a href="/carte/">');
	});

	it('rewrite an <a> written in MDX', () => {
		const { code } = mdxToJs('Voir <a href="/carte/">la carte</a>.', { hastPlugins: [baseLinks('/catalogue/')] }) as { code: string };
		expect(code).toContain('"/catalogue/carte/"');
		expect(code).not.toContain('"/carte/"');
	});
});
