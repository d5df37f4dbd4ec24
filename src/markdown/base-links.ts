// Links to the site's own pages written from its root (`/modules/x/`, and the reference directives'
// links) lead under the deployment base once rendered: `/catalogue/modules/x/`. Content is written
// once, without the base, and the check resolves it the same way (src/checks/unknown-page.ts);
// the base is added here, in one place, after every other plugin has made its links.
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../site/urls.ts';

/** "/modules/x/" and "/#a" are site paths; "//host/x", "https://…", "x/", "#a" are not. */
export function isSitePath(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\');
}

/** A hast plugin adding `base` to every site path of links; none when the site is at the root. */
export function baseLinks(base: string): HastPluginDefinition | null {
	if (base === '/' || base === '') return null;
	const rebase = (href: unknown) => (typeof href === 'string' && isSitePath(href) ? withBase(href, base) : undefined);
	const jsx = {
		filter: ['a'],
		visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>) {
			let changed = false;
			const attributes = node.attributes.map((attribute) => {
				if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href') return attribute;
				const href = rebase(attribute.value);
				if (href === undefined) return attribute;
				changed = true;
				return { ...attribute, value: href };
			});
			return changed ? ({ ...node, attributes } as typeof node) : undefined;
		},
	};
	return {
		name: 'commun-formation-base-links',
		element: {
			filter: ['a'],
			visit(node: Readonly<Element>, ctx) {
				const href = rebase(node.properties?.href);
				if (href !== undefined) ctx.setProperty(node, 'href', href);
			},
		},
		mdxJsxFlowElement: jsx,
		mdxJsxTextElement: jsx,
	};
}
