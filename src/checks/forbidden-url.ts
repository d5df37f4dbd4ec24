// `forbidden-url`: every address a content file writes leads where it may. A link (<a href>, a
// Markdown link, a header's url) opens a web page, an e-mail or a phone number, never javascript:,
// vbscript: or data:. A file the browser fetches by itself (an image, a srcset, a deck background,
// a CSS url()) is a file of the project: the site, its PDFs and its readers load nothing from
// another site. Addresses are read as the browser reads them (src/security/addresses.ts).
import type { Point } from '../model/source.ts';
import type { YamlPath } from '../model/yaml-document.ts';
import { ADDRESS_ATTRIBUTES } from '../security/content-allowlist.ts';
import { addressList, cssAddresses, linkProblem, resourceProblem, type AddressProblem } from '../security/addresses.ts';
import type { Rule, RuleContext } from './rule.ts';
import { elementsOf } from './support/elements.ts';
import { markdownFiles, nodesOf } from './support/markdown-files.ts';
import { destinationOffset, nodeStart, pointAtOffset, quoteValue } from './support/places.ts';

const LINK_HINT = 'un lien mène à une page (https://…) ou à un autre contenu (:module[identifiant]) ; retirez ce code';
const FILE_HINT =
	'enregistrez le fichier dans le projet (à côté du contenu, ou dans public/) et indiquez son chemin ; pour renvoyer vers la page d’un autre site, faites un lien [titre](https://…)';

function describe(url: string, problem: AddressProblem): { message: string; hint: string } {
	const shown = quoteValue(url);
	switch (problem.kind) {
		case 'script':
			return { message: `adresse ${shown} interdite : une adresse « ${problem.scheme}: » exécute du code`, hint: LINK_HINT };
		case 'embedded':
			return {
				message: `adresse ${shown} interdite : une adresse « ${problem.scheme}: » glisse un document dans la page`,
				hint: 'enregistrez le fichier (image, document) à côté du contenu et indiquez son chemin, ou liez une page https://',
			};
		case 'scheme':
			return {
				message: `adresse ${shown} non autorisée : un lien mène à une page web (https://…), une adresse e-mail (mailto:) ou un téléphone (tel:)`,
				hint: LINK_HINT,
			};
		case 'foreign':
			return {
				message: `fichier ${shown} chargé depuis un autre site : le site et ses PDF ne chargent que des fichiers du projet`,
				hint: FILE_HINT,
			};
	}
}

function report(context: RuleContext, file: string, point: Point, url: string, problem: AddressProblem | undefined) {
	if (problem) context.report({ file, point, ...describe(url, problem) });
}

/** Only what runs code or embeds a document: for values that may be plain text (a directive's texte="…"). */
function dangerousProblem(value: string): AddressProblem | undefined {
	const problem = linkProblem(value);
	return problem?.kind === 'script' || problem?.kind === 'embedded' ? problem : undefined;
}

/** Header fields that hold an address, wherever they sit (contact.url, source.url, logo…), and what they point at. */
const ADDRESS_FIELDS: Record<string, 'link' | 'resource'> = {
	url: 'link',
	href: 'link',
	site: 'link',
	link: 'link',
	src: 'resource',
	logo: 'resource',
	image: 'resource',
};

/** Every string of a header under an address field, with its path. */
function addressFields(data: unknown, path: (string | number)[] = [], found: { path: YamlPath; value: string }[] = []) {
	const visit = (key: string | number, value: unknown) => {
		if (typeof value === 'string') {
			if (typeof key === 'string' && Object.hasOwn(ADDRESS_FIELDS, key)) found.push({ path: [...path, key], value });
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

/** What is wrong with the value of a header field named `key`, if anything. */
function fieldProblem(key: string | number | undefined, value: string): AddressProblem | undefined {
	return ADDRESS_FIELDS[String(key)] === 'resource' ? resourceProblem(value) : linkProblem(value);
}

/** What is wrong with the value of an HTML or component attribute, if anything. */
function attributeProblem(name: string, value: string): { url: string; problem: AddressProblem } | undefined {
	const kind = Object.hasOwn(ADDRESS_ATTRIBUTES, name) ? ADDRESS_ATTRIBUTES[name] : undefined;
	const urls = kind === 'resource-list' ? addressList(value) : kind ? [value] : [];
	for (const url of urls) {
		const problem = kind === 'link' ? linkProblem(url) : resourceProblem(url);
		if (problem) return { url, problem };
	}
	if (!kind) {
		const problem = dangerousProblem(value);
		if (problem) return { url: value, problem };
	}
	return undefined;
}

export const forbiddenUrl: Rule = {
	id: 'forbidden-url',
	severity: 'error',
	description:
		'Un lien mène à une page web, une adresse e-mail ou un téléphone (jamais javascript:, vbscript: ni data:) ; une image ou un fond de diapositive est un fichier du projet, pas d’un autre site.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			// A definition used by an image reference (![texte][nom]) gives the address of an image.
			const imageLabels = new Set(nodesOf(markdown.tree, 'imageReference').map((node) => node.identifier));
			for (const node of nodesOf(markdown.tree, 'link', 'image', 'definition')) {
				const isResource = node.type === 'image' || (node.type === 'definition' && imageLabels.has(node.identifier));
				const problem = isResource ? resourceProblem(node.url) : linkProblem(node.url);
				if (problem) report(context, markdown.file, pointAtOffset(markdown.source, destinationOffset(markdown.source, node)), node.url, problem);
			}
			for (const node of nodesOf(markdown.tree, 'textDirective', 'leafDirective', 'containerDirective')) {
				const point = pointAtOffset(markdown.source, nodeStart(markdown.source, node));
				for (const [name, value] of Object.entries(node.attributes ?? {})) {
					if (typeof value !== 'string') continue;
					// A deck's ::background{image=…} is fetched by reveal.js; a CSS url() in any of its values too.
					const isBackground = node.type === 'leafDirective' && node.name === 'background';
					if (isBackground && name === 'image') report(context, markdown.file, point, value, resourceProblem(value));
					else report(context, markdown.file, point, value, dangerousProblem(value));
					if (isBackground) for (const url of cssAddresses(value)) report(context, markdown.file, point, url, resourceProblem(url));
				}
			}
			for (const element of elementsOf(markdown)) {
				for (const attribute of element.attributes) {
					if (attribute.value === undefined) continue;
					const found = attributeProblem(attribute.name.toLowerCase(), attribute.value);
					if (found) report(context, markdown.file, attribute.valuePoint, found.url, found.problem);
				}
			}
		}
		// Header fields are shown as links on the site and in the PDFs.
		for (const entry of context.content.entries) {
			for (const { path, value } of addressFields(entry.data)) {
				// Located only when wrong: locating builds the header's YAML document, the costly part.
				const problem = fieldProblem(path.at(-1), value);
				if (problem) report(context, entry.file, context.at(entry, path), value, problem);
			}
		}
		const organisation = context.content.organisation;
		if (organisation) {
			for (const { path, value } of addressFields(organisation.data)) {
				const problem = fieldProblem(path.at(-1), value);
				if (problem) report(context, organisation.file, organisation.locate(path), value, problem);
			}
		}
	},
};
