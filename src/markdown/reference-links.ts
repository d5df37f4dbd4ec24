// Rendering reference directives as links: :module[securite-donnees] becomes "Module 3 · …".
// `{texte="…"}` gives the link other words, to fit a sentence: :term[mandat]{texte="un mandat"}.
import type { MdastPluginInstance } from 'satteri';
import type { CollectionName } from '../model/collections.ts';
import { isReferenceDirective, REFERENCE_DIRECTIVES } from './directives.ts';

export interface ReferenceTarget {
	href: string;
	label: string;
}

export type ReferenceResolver = (collection: CollectionName, id: string) => ReferenceTarget | undefined;

/** The attribute a writer sets to choose the words of a reference link. */
export const LINK_TEXT_ATTRIBUTE = 'texte';

function linkText(attributes: Record<string, unknown> | null | undefined): string | undefined {
	const text = attributes?.[LINK_TEXT_ATTRIBUTE];
	return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

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
				children: [{ type: 'text', value: linkText(node.attributes) ?? target.label }],
				data: { hProperties: { className: ['cf-ref', `cf-ref--${node.name}`] } },
			};
		},
	};
}
