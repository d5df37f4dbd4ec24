// Where an image a content file names is on disk, found the way the build finds it (see
// missing-file.ts): shared by the rules that look at those files.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import type { LoadedContent } from '../../model/load.ts';
import type { Point } from '../../model/source.ts';
import { schemeOf } from '../../security/addresses.ts';
import { elementsOf } from './elements.ts';
import { nodesOf, type MarkdownFile } from './markdown-files.ts';
import { destinationOffset, nodeStart, pointAtOffset } from './places.ts';

/** What Astro's image pipeline reads (astro/dist/assets/consts.js, VALID_INPUT_FORMATS). */
export const IMAGE_EXTENSIONS = ['.jpeg', '.jpg', '.png', '.apng', '.tiff', '.webp', '.gif', '.svg', '.avif'];

export function isInside(folder: string, path: string): boolean {
	const inside = relative(folder, path);
	return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

export function isRegularFile(path: string): boolean {
	try {
		return lstatSync(path).isFile();
	} catch {
		return false;
	}
}

export function realPath(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}

/** The path part of an address, decoded as Astro decodes it: no query, no fragment, %20 read as a space. */
export function pathOf(url: string): string {
	const path = url.trim().replace(/[?#].*$/s, '');
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** Only an address of the site or of the project: scheme-less, not "//host", not a fragment alone. */
export function isProjectPath(url: string): boolean {
	const trimmed = url.trim();
	return trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith('//') && schemeOf(trimmed) === undefined;
}


/** An image a content file names, where it is written, and how the build resolves it. */
export interface ImageReference {
	url: string;
	point: Point;
	/**
	 * `markdown`: ![texte](x.png), imported by Astro from beside the file;
	 * `page`: <img src>, an image by reference or a deck background, fetched from the page's address.
	 */
	resolved: 'markdown' | 'page';
	/** What names it, in a message: « image <img> », « fond de diapositive »… */
	what: string;
}

const cache = new WeakMap<MarkdownFile, ImageReference[]>();

/** Every image of a project path (no scheme, not //host) a content file names. */
export function imageReferences(markdown: MarkdownFile): ImageReference[] {
	const cached = cache.get(markdown);
	if (cached) return cached;
	const found: ImageReference[] = [];
	const add = (url: unknown, point: Point, resolved: ImageReference['resolved'], what: string) => {
		if (typeof url === 'string' && isProjectPath(url)) found.push({ url, point, resolved, what });
	};
	const at = (offset: number) => pointAtOffset(markdown.source, offset);
	for (const node of nodesOf(markdown.tree, 'image')) add(node.url, at(destinationOffset(markdown.source, node)), 'markdown', 'image');
	// An image by reference, ![texte][nom], is written as <img src> by the renderer, not imported.
	const referenced = new Set(nodesOf(markdown.tree, 'imageReference').map((node) => node.identifier));
	for (const node of nodesOf(markdown.tree, 'definition')) {
		if (referenced.has(node.identifier)) add(node.url, at(destinationOffset(markdown.source, node)), 'page', 'image par renvoi');
	}
	for (const element of elementsOf(markdown)) {
		if (element.name.toLowerCase() !== 'img') continue;
		const src = element.attributes.find((attribute) => attribute.name.toLowerCase() === 'src');
		if (src) add(src.value, src.valuePoint, 'page', 'image <img>');
	}
	for (const node of nodesOf(markdown.tree, 'leafDirective')) {
		if (node.name === 'background') add(node.attributes?.image, at(nodeStart(markdown.source, node)), 'page', 'fond de diapositive');
	}
	cache.set(markdown, found);
	return found;
}

/** The file an image reference leads to, when it is a regular file of content/ or public/ that the build reads. */
export function imageFile(reference: ImageReference, file: string, content: LoadedContent): string | undefined {
	const publicRoot = resolve(content.root, 'public');
	if (reference.url.trim().startsWith('/')) {
		const path = resolve(publicRoot, `.${pathOf(reference.url)}`);
		return isInside(publicRoot, path) && isRegularFile(path) ? path : undefined;
	}
	if (reference.resolved === 'page') return undefined;
	const contentRoot = resolve(content.root, content.contentDir);
	const path = resolve(content.root, dirname(file), pathOf(reference.url));
	const real = realPath(path);
	if (!isInside(contentRoot, path) || real === undefined || !isInside(realPath(contentRoot) ?? contentRoot, real)) return undefined;
	return isRegularFile(path) && IMAGE_EXTENSIONS.includes(extname(path).toLowerCase()) ? path : undefined;
}
