// Rendering reference directives as links: :module[securite-donnees] becomes "Module 3 · …".
import type { MdastPluginInstance } from 'satteri';
import type { CollectionName } from '../model/collections.ts';
import { isReferenceDirective, REFERENCE_DIRECTIVES } from './directives.ts';

export interface ReferenceTarget {
	href: string;
	label: string;
}

export type ReferenceResolver = (collection: CollectionName, id: string) => ReferenceTarget | undefined;

export function referenceLinks(resolve: ReferenceResolver): MdastPluginInstance & { name: string } {
	return {
		name: 'commun-formation-reference-links',
		textDirective(node, ctx) {
			if (!isReferenceDirective(node.name)) return undefined;
			const id = ctx.textContent(node).trim();
			const target = resolve(REFERENCE_DIRECTIVES[node.name], id);
			// The check step fails the build on an unknown id; the dev server shows the id as plain text.
			if (!target) return { type: 'text', value: id };
			return {
				type: 'link',
				url: target.href,
				children: [{ type: 'text', value: target.label }],
				data: { hProperties: { className: ['cf-ref', `cf-ref--${node.name}`] } },
			};
		},
	};
}
