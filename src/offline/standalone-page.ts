// A built page of the site made into one file that works alone, from a USB key (file://) or inside
// a learning platform's package: its style sheets, fonts and images written inside it as data:
// addresses, its scripts replaced by one script bundled from the generator's sources, and links to
// other pages of the site leading to the published site (or left as plain text when the site has
// no public address). The page is read with a spec-conformant HTML parser (parse5) and changed as
// a tree; nothing of it is trusted to run: every script it held is dropped.
import { parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { embeddedUrl, isEmbedded, siteFile, sitePath, type SiteAddress } from './site-files.ts';
import { inlineStylesheet } from './stylesheet.ts';
import { OMIT_ATTRIBUTE, OMIT_VALUE } from './omit.ts';
import { readFileSync } from 'node:fs';
import * as csstree from 'css-tree';

type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

export interface StandaloneOptions extends SiteAddress {
	/** Where the page was built, as a site path with base: "/decks/atelier/". */
	pagePath: string;
	/** The site's public address: links to its pages lead there. Without it they become plain text. */
	site?: string;
	/** The one script the page runs, bundled from the generator's sources. */
	script: string;
	/** The page's Content-Security-Policy, written first in its <head>. */
	policy: string;
}

export interface StandalonePage {
	html: string;
	/** Font files carried in the page, and those left out (unused alphabets, fallback formats). */
	fonts: { kept: string[]; dropped: string[] };
	/** Addresses of the site the page names that no file of the built site answers: left out. */
	missing: string[];
}


/** Attributes whose value is an address the browser loads, by element (SVG included). */
const LOADED: Record<string, string[]> = {
	img: ['src'],
	source: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	input: ['src'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
	feimage: ['href', 'xlink:href'],
};
/** reveal.js loads slide backgrounds from these attributes of any <section>. */
const BACKGROUND_ATTRIBUTES = ['data-background-image', 'data-background-video', 'data-background-iframe'];
/** Attributes a reader may see or hear: their characters need the font too. */
const SHOWN_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder', 'value']);

function isElement(node: Node): node is Element {
	return 'tagName' in node;
}

function attribute(element: Element, name: string): string | undefined {
	return element.attrs.find((item) => item.name === name)?.value;
}

function setAttribute(element: Element, name: string, value: string): void {
	const existing = element.attrs.find((item) => item.name === name);
	if (existing) existing.value = value;
	else element.attrs.push({ name, value });
}

function removeAttribute(element: Element, name: string): void {
	element.attrs = element.attrs.filter((item) => item.name !== name);
}

function childrenOf(node: Node): ChildNode[] {
	const parent = (node as Element).tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content : node;
	return 'childNodes' in parent ? parent.childNodes : [];
}

/** Every code point of the texts a reader sees: the font faces to keep cover these. */
function charactersOf(root: Node, extra: string): Set<number> {
	const characters = new Set<number>();
	const add = (text: string) => {
		for (const character of text) characters.add(character.codePointAt(0)!);
	};
	const visit = (node: Node) => {
		if (node.nodeName === '#text') add((node as DefaultTreeAdapterTypes.TextNode).value);
		if (isElement(node)) {
			if (node.tagName === 'script' || node.tagName === 'style') return;
			for (const item of node.attrs) if (SHOWN_ATTRIBUTES.has(item.name)) add(item.value);
		}
		for (const child of childrenOf(node)) visit(child);
	};
	visit(root);
	add(extra);
	return characters;
}

function textNode(value: string, parentNode: ParentNode): DefaultTreeAdapterTypes.TextNode {
	return { nodeName: '#text', value, parentNode };
}

function newElement(tagName: string, parentNode: ParentNode, attrs: { name: string; value: string }[] = []): Element {
	return { nodeName: tagName, tagName, attrs, namespaceURI: 'http://www.w3.org/1999/xhtml' as Element['namespaceURI'], childNodes: [], parentNode };
}

/** No "</style" in a style sheet may end its element early: "\/" is the same character in CSS. */
function safeStyleText(css: string): string {
	return css.replace(/<\/(style)/gi, '<\\/$1');
}

class PageEmbedder {
	readonly fonts = { kept: [] as string[], dropped: [] as string[] };
	readonly missing: string[] = [];

	private readonly options: StandaloneOptions;
	private readonly characters: ReadonlySet<number>;

	constructor(options: StandaloneOptions, characters: ReadonlySet<number>) {
		this.options = options;
		this.characters = characters;
	}

	/** A data: address for `url` written at `from`, or undefined (and noted) when the site has no such file. */
	embed(url: string, from: string): string | undefined {
		const embedded = embeddedUrl(this.options, url, from);
		if (embedded === undefined) this.missing.push(url);
		return embedded;
	}

	stylesheet(css: string, from: string): string {
		const inlined = inlineStylesheet(css, { embed: (url) => embeddedUrl(this.options, url, from), characters: this.characters });
		this.fonts.kept.push(...inlined.fonts.kept);
		this.fonts.dropped.push(...inlined.fonts.dropped);
		this.missing.push(...inlined.missing);
		return safeStyleText(inlined.css);
	}

	/** A style="" attribute's declarations, their url() embedded. */
	styleAttribute(value: string): string {
		if (!/url\(/i.test(value)) return value;
		const declarations = csstree.parse(value, { context: 'declarationList' });
		csstree.walk(declarations, {
			visit: 'Url',
			enter: (node) => {
				node.value = this.embed(node.value, this.options.pagePath) ?? 'data:,';
			},
		});
		return csstree.generate(declarations);
	}

	/** Where a link of the page leads from the single file, or undefined when it should become text. */
	link(href: string): { href: string; leaves: boolean } | undefined {
		const trimmed = href.trim();
		if (trimmed.startsWith('#')) return { href: trimmed, leaves: false };
		if (/^(mailto|tel):/i.test(trimmed)) return { href: trimmed, leaves: false };
		if (/^https?:\/\//i.test(trimmed) && !sitePath(trimmed, this.options.pagePath)) return { href: trimmed, leaves: true };
		const path = sitePath(trimmed, this.options.pagePath);
		if (!path) return undefined;
		if (path.pathname === this.options.pagePath) return { href: `${path.search}${path.hash}` || '#', leaves: false };
		if (!this.options.site) return undefined;
		return { href: new URL(`${path.pathname}${path.search}${path.hash}`, new URL(this.options.site).origin).href, leaves: true };
	}
}

function replaceWith(node: ChildNode, replacements: ChildNode[]): void {
	const parent = node.parentNode;
	if (!parent) return;
	const siblings = childrenOf(parent);
	const index = siblings.indexOf(node);
	for (const replacement of replacements) replacement.parentNode = parent;
	siblings.splice(index, 1, ...replacements);
}

function transform(node: Node, embedder: PageEmbedder, options: StandaloneOptions): void {
	for (const child of [...childrenOf(node)]) {
		if (!isElement(child)) continue;
		const tag = child.tagName;
		if (attribute(child, OMIT_ATTRIBUTE) === OMIT_VALUE || tag === 'script' || tag === 'base' || tag === 'iframe' || tag === 'object' || tag === 'embed') {
			replaceWith(child, []);
			continue;
		}
		if (tag === 'meta' && attribute(child, 'http-equiv') !== undefined) {
			replaceWith(child, []);
			continue;
		}
		if (tag === 'link') {
			const rel = (attribute(child, 'rel') ?? '').toLowerCase().split(/\s+/);
			const href = attribute(child, 'href') ?? '';
			if (rel.includes('stylesheet')) {
				const path = sitePath(href, options.pagePath);
				const file = path && siteFile(options, path.pathname);
				if (!file) {
					embedder.missing.push(href);
					replaceWith(child, []);
					continue;
				}
				const style = newElement('style', child.parentNode!);
				style.childNodes.push(textNode(embedder.stylesheet(readFileSync(file, 'utf8'), path.pathname), style));
				replaceWith(child, [style]);
			} else if (rel.includes('icon')) {
				const embedded = embedder.embed(href, options.pagePath);
				if (embedded) setAttribute(child, 'href', embedded);
				else replaceWith(child, []);
			} else replaceWith(child, []);
			continue;
		}
		if (tag === 'style') {
			const text = childrenOf(child).map((text) => (text as DefaultTreeAdapterTypes.TextNode).value ?? '').join('');
			child.childNodes = [textNode(embedder.stylesheet(text, options.pagePath), child)];
			continue;
		}
		for (const name of [...(LOADED[tag] ?? []), ...BACKGROUND_ATTRIBUTES]) {
			const value = attribute(child, name);
			if (value === undefined || isEmbedded(value)) continue;
			const embedded = embedder.embed(value, options.pagePath);
			if (embedded) setAttribute(child, name, embedded);
			else removeAttribute(child, name);
		}
		const srcset = attribute(child, 'srcset');
		if (srcset !== undefined) {
			// Each candidate would be its own copy of the image: the one in src is enough.
			removeAttribute(child, 'srcset');
			removeAttribute(child, 'sizes');
		}
		// The single file is no page of the site's search: Pagefind must not index it a second time.
		child.attrs = child.attrs.filter((item) => !item.name.startsWith('data-pagefind-'));
		const style = attribute(child, 'style');
		if (style !== undefined) setAttribute(child, 'style', embedder.styleAttribute(style));
		if (tag === 'a' && attribute(child, 'href') !== undefined) {
			const target = embedder.link(attribute(child, 'href')!);
			if (!target) {
				transform(child, embedder, options);
				replaceWith(child, [...childrenOf(child)]);
				continue;
			}
			setAttribute(child, 'href', target.href);
			removeAttribute(child, 'download');
			if (target.leaves) {
				// Inside a learning platform, a link that replaced the page would end the session.
				setAttribute(child, 'target', '_blank');
				setAttribute(child, 'rel', 'noopener noreferrer');
			}
		}
		transform(child, embedder, options);
	}
}

function findElement(node: Node, tagName: string): Element | undefined {
	if (isElement(node) && node.tagName === tagName) return node;
	for (const child of childrenOf(node)) {
		const found = findElement(child, tagName);
		if (found) return found;
	}
	return undefined;
}

/** The single file of a built page: everything it shows inside it, one trusted script, its policy. */
export function standalonePage(html: string, options: StandaloneOptions): StandalonePage {
	const document = parse(html);
	const head = findElement(document, 'head');
	const body = findElement(document, 'body');
	if (!head || !body) throw new Error(`la page ${options.pagePath} n’a pas d’en-tête ou de corps`);
	const embedder = new PageEmbedder(options, charactersOf(document, options.script));
	transform(document, embedder, options);

	const charset = head.childNodes.find((node) => isElement(node) && node.tagName === 'meta' && attribute(node, 'charset') !== undefined);
	const policy = newElement('meta', head, [
		{ name: 'http-equiv', value: 'Content-Security-Policy' },
		{ name: 'content', value: options.policy },
	]);
	head.childNodes.splice(charset ? head.childNodes.indexOf(charset) + 1 : 0, 0, policy);
	// parse5 writes the text of a <script> or <style> as it is, without escaping: what both need.
	const script = newElement('script', body);
	script.childNodes.push(textNode(options.script, script));
	body.childNodes.push(script);
	return { html: serialize(document), fonts: embedder.fonts, missing: [...new Set(embedder.missing)] };
}
