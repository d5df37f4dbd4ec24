// `missing-file`: every image a content file shows is a file of the project, found the way the
// build finds it. An image in Markdown syntax, ![texte](photo.png) or ![texte](./photo.png), is
// imported by Astro from beside the content file: a missing one stopped `astro build` in English
// (UNRESOLVED_IMPORT, at the wrong line). An address starting with "/" is served from public/.
// An <img src> or a deck background is fetched by the browser from the page's address, where a
// path relative to the content file leads nowhere: it must start with "/".
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, extname, posix, relative, resolve } from 'node:path';
import { closest } from '../model/suggest.ts';
import { looksLikeImage } from '../security/project-image.ts';
import type { Point } from '../model/source.ts';
import type { Rule, RuleContext } from './rule.ts';
import { IMAGE_EXTENSIONS, imageReferences, isInside, isRegularFile, pathOf, realPath } from './support/image-files.ts';
import { markdownFiles } from './support/markdown-files.ts';

/** A closest file name beside the one asked for, as a hint. */
function suggestion(path: string, written: string): string | undefined {
	let names: string[];
	try {
		names = readdirSync(dirname(path));
	} catch {
		return undefined;
	}
	const found = closest(posix.basename(written), names);
	return found ? posix.join(posix.dirname(written), found) : undefined;
}

interface Reported {
	context: RuleContext;
	file: string;
	point: Point;
}

/** An address starting with "/": a file of public/. */
function checkPublic({ context, file, point }: Reported, url: string): void {
	const publicRoot = resolve(context.content.root, 'public');
	const path = resolve(publicRoot, `.${pathOf(url)}`);
	if (isInside(publicRoot, path) && isRegularFile(path)) return;
	const near = suggestion(path, url);
	context.report({
		file,
		point,
		message: `fichier introuvable : « ${url} » (cherché dans public${pathOf(url)})`,
		hint: near ? `vouliez-vous dire « ${near} » ?` : 'une adresse qui commence par « / » désigne un fichier du dossier public/ : placez-y le fichier, ou corrigez le chemin',
	});
}

/** An image in Markdown syntax: a file beside the content file, inside the content folder. */
function checkMarkdownImage({ context, file, point }: Reported, url: string): void {
	if (url.trim().startsWith('/')) return checkPublic({ context, file, point }, url);
	const contentRoot = resolve(context.content.root, context.content.contentDir);
	const path = resolve(context.content.root, dirname(file), pathOf(url));
	const real = realPath(path);
	if (!isInside(contentRoot, path) || (real !== undefined && !isInside(realPath(contentRoot) ?? contentRoot, real))) {
		context.report({
			file,
			point,
			message: `l’image « ${url} » est hors du dossier du contenu`,
			hint: `enregistrez l’image dans ${context.content.contentDir}/, à côté du contenu, et écrivez ![texte](./nom-de-l-image.png)`,
		});
		return;
	}
	const extension = extname(path).toLowerCase();
	if (!IMAGE_EXTENSIONS.includes(extension)) {
		context.report({
			file,
			point,
			message: `« ${url} » n’est pas une image que le site sait afficher (${extension || 'sans extension'})`,
			hint: `une image s’enregistre en ${IMAGE_EXTENSIONS.join(', ')} ; pour proposer un document, faites un lien : [titre](/fichiers/document.pdf)`,
		});
		return;
	}
	if (isRegularFile(path)) {
		checkImageFile({ context, file, point }, url, path, extension);
		return;
	}
	const near = suggestion(path, url);
	context.report({
		file,
		point,
		message: `image introuvable : « ${url} » (cherchée dans ${relative(context.content.root, path).split('\\').join('/')})`,
		hint: near ? `vouliez-vous dire « ${near} » ?` : 'le chemin part du dossier du fichier : enregistrez l’image à côté de lui, ou corrigez le chemin',
	});
}

/** Content images go through Astro's image pipeline: a real image of its format, and not too heavy for it. */
export const MAX_CONTENT_IMAGE_BYTES = 5 * 1024 * 1024;

function checkImageFile({ context, file, point }: Reported, url: string, path: string, extension: string): void {
	const size = statSync(path).size;
	if (size > MAX_CONTENT_IMAGE_BYTES) {
		context.report({
			file,
			point,
			message: `image trop lourde : « ${url} » (${(size / 1024 / 1024).toFixed(1)} Mo, au plus ${MAX_CONTENT_IMAGE_BYTES / 1024 / 1024} Mo)`,
			hint: 'réduisez ses dimensions (2 000 pixels de large suffisent à l’écran) ou enregistrez-la en WebP ou JPEG',
		});
		return;
	}
	const head = Buffer.alloc(Math.min(size, 4096));
	const descriptor = openSync(path, 'r');
	try {
		readSync(descriptor, head, 0, head.length, 0);
	} finally {
		closeSync(descriptor);
	}
	if (looksLikeImage(extension, extension === '.svg' ? readFileSync(path) : head)) return;
	context.report({
		file,
		point,
		message: `« ${url} » n’est pas une image ${extension.slice(1).toUpperCase()} : son contenu ne correspond pas à son extension`,
		hint: 'ouvrez-la dans un logiciel d’images et enregistrez-la de nouveau dans le bon format',
	});
}

/** An address the browser resolves from the page's own address: only "/…" leads to a file. */
function checkPageAddress(reported: Reported, url: string, what: string): void {
	if (url.trim().startsWith('/')) return checkPublic(reported, url);
	reported.context.report({
		file: reported.file,
		point: reported.point,
		message: `${what} « ${url} » : un chemin relatif part de l’adresse de la page, où ce fichier n’est pas`,
		hint: 'écrivez l’image en Markdown, ![texte](./image.png), à côté du contenu ; ou placez le fichier dans public/ et écrivez son chemin depuis « / »',
	});
}

export const missingFile: Rule = {
	id: 'missing-file',
	severity: 'error',
	description: 'Chaque image d’un contenu (![texte](image.png), <img src>, fond de diapositive) est un fichier du projet, trouvé comme le site le trouve.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			for (const reference of imageReferences(markdown)) {
				const reported = { context, file: markdown.file, point: reference.point };
				if (reference.resolved === 'markdown') checkMarkdownImage(reported, reference.url);
				else checkPageAddress(reported, reference.url, reference.what);
			}
		}
	},
};
