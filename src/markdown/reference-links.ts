// Rendering reference directives as links: :module[securite-donnees] becomes "Module 3 · …".
// `{texte="…"}` gives the link other words, to fit a sentence: :term[mandat]{texte="un mandat"}.
import type { MdastPluginInstance } from 'satteri';

export interface ReferenceTarget {
	href: string;
	label: string;
}

/**
 * What a reference directive names: `'not-a-reference'` when the name is not one of the reference
 * directives (the node is left alone), undefined when the id names nothing.
 */
export type ReferenceResolver = (directive: string, id: string) => ReferenceTarget | 'not-a-reference' | undefined;

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
			const id = ctx.textContent(node).trim();
			const target = resolve(node.name, id);
			if (target === 'not-a-reference') return undefined;
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
