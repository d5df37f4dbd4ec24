// `forbidden-url`: no javascript:, vbscript: or data: address in a link, an image, an attribute or
// a header field: clicking it would run code, or show a document the site does not host.
import type { Nodes } from 'mdast';
import type { Point } from '../model/source.ts';
import type { YamlPath } from '../model/yaml-document.ts';
import type { Rule, RuleContext } from './rule.ts';
import { elementsOf } from './support/elements.ts';
import { markdownFiles, nodesOf, type MarkdownFile } from './support/markdown-files.ts';
import { nodeStart, offsetOf, pointAtOffset, quoteValue } from './support/places.ts';
import { unsafeScheme, type UnsafeScheme } from './support/urls.ts';

const HINTS: Record<UnsafeScheme, string> = {
	javascript: 'un lien mène à une page (https://…) ou à un autre contenu (:module[identifiant]) ; retirez ce code',
	vbscript: 'un lien mène à une page (https://…) ou à un autre contenu (:module[identifiant]) ; retirez ce code',
	data: 'enregistrez le fichier (image, document) à côté du contenu et indiquez son chemin, ou liez une page https://',
};

/** Header fields that hold an address, wherever they sit (contact.url, source.url, logo…). */
const ADDRESS_FIELDS = new Set(['url', 'href', 'src', 'site', 'logo', 'image', 'link']);

function report(context: RuleContext, file: string, point: Point, url: string, scheme: UnsafeScheme) {
	context.report({
		file,
		point,
		message: `adresse ${quoteValue(url)} interdite : une adresse « ${scheme}: » ${scheme === 'data' ? 'glisse un document dans la page' : 'exécute du code'}`,
		hint: HINTS[scheme],
	});
}

/**
 * Where the destination of a link, an image or a definition is written: after "](" or "]:",
 * or just inside "<" for an autolink.
 */
function destinationOffset(markdown: MarkdownFile, node: Nodes & { url: string }): number {
	const start = nodeStart(markdown.source, node);
	if (!node.position) return start;
	const text = markdown.source.text.slice(start, offsetOf(markdown.source, node.position.end));
	if (text.startsWith('<')) return start + 1;
	const marker = node.type === 'definition' ? text.indexOf(']:') : text.lastIndexOf('](');
	if (marker === -1) return start;
	let offset = marker + 2;
	while (offset < text.length && /[\s<]/.test(text[offset]!)) offset++;
	return start + offset;
}

/** Every string of a header under an address field, with its path. */
function addressFields(data: unknown, path: (string | number)[] = [], found: { path: YamlPath; value: string }[] = []) {
	const visit = (key: string | number, value: unknown) => {
		if (typeof value === 'string') {
			if (typeof key === 'string' && ADDRESS_FIELDS.has(key)) found.push({ path: [...path, key], value });
		} else if (value !== null && typeof value === 'object') {
			path.push(key);
			addressFields(value, path, found);
			path.pop();
		}
	};
	if (Array.isArray(data)) for (let index = 0; index < data.length; index++) visit(index, data[index]);
	else if (data !== null && typeof data === 'object') for (const key of Object.keys(data)) visit(key, (data as Record<string, unknown>)[key]);
	return found;
}

export const forbiddenUrl: Rule = {
	id: 'forbidden-url',
	severity: 'error',
	description: 'Aucune adresse javascript:, vbscript: ou data: dans un lien, une image, un attribut ou un champ d’en-tête.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			for (const node of nodesOf(markdown.tree, 'link', 'image', 'definition', 'textDirective', 'leafDirective', 'containerDirective')) {
				if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
					const scheme = unsafeScheme(node.url);
					if (scheme) report(context, markdown.file, pointAtOffset(markdown.source, destinationOffset(markdown, node)), node.url, scheme);
				} else if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
					for (const value of Object.values(node.attributes ?? {})) {
						const scheme = typeof value === 'string' ? unsafeScheme(value) : undefined;
						if (scheme) report(context, markdown.file, pointAtOffset(markdown.source, nodeStart(markdown.source, node)), value!, scheme);
					}
				}
			}
			for (const element of elementsOf(markdown)) {
				for (const attribute of element.attributes) {
					const scheme = attribute.value === undefined ? undefined : unsafeScheme(attribute.value);
					if (scheme) report(context, markdown.file, attribute.valuePoint, attribute.value!, scheme);
				}
			}
		}
		// Header fields are shown as links on the site and in the PDFs.
		for (const entry of context.content.entries) {
			for (const { path, value } of addressFields(entry.data)) {
				const scheme = unsafeScheme(value);
				if (scheme) report(context, entry.file, context.at(entry, path), value, scheme);
			}
		}
		const organisation = context.content.organisation;
		if (organisation) {
			for (const { path, value } of addressFields(organisation.data)) {
				const scheme = unsafeScheme(value);
				if (scheme) report(context, organisation.file, organisation.locate(path), value, scheme);
			}
		}
	},
};
