// The files of the editor (/admin/, Sveltia CMS): its bundle's folder (/admin/cms/, see
// src/cms/editor-bundle.ts), the scripts its page loads and every chunk they import, followed
// through the bundle. They hold the forge's addresses and the editor's optional
// services (image hosts, translation), which its own policy blocks unless listed; the privacy scan
// of the site sets them apart, and checks that no other page loads them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EDITOR_FILES_PATH } from '../cms/editor-address.ts';
import { filesUnder } from '../files/walk.ts';
import { EDITOR_PAGE } from './csp.ts';
import { htmlElements } from './html-elements.ts';

/** Relative imports a bundled module makes: `from "./x.js"`, `import("./x.js")`, `import "./x.js"`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.m?js)["']/g;

/** The site paths a page loads as scripts: "<script src>" and "<link rel=modulepreload>". */
export function pageScripts(html: string): string[] {
	return htmlElements(html).flatMap((element) => {
		if (element.name === 'script' && element.attributes.src) return [element.attributes.src];
		if (element.name === 'link' && element.attributes.rel === 'modulepreload' && element.attributes.href) return [element.attributes.href];
		return [];
	});
}

/** The files under `root` a site path names, the base removed: "/catalogue/_astro/x.js" → "<root>/_astro/x.js". */
function fileOf(root: string, base: string, path: string): string | undefined {
	const inner = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
	const file = resolve(root, inner.split('?')[0]!);
	return file.startsWith(resolve(root) + sep) && existsSync(file) ? file : undefined;
}

/** The editor's script files, relative to `root` ("admin/cms/…js"); empty when the site has no editor. */
export function editorFiles(root: string, base = '/'): Set<string> {
	const page = join(root, EDITOR_PAGE);
	const found = new Set<string>();
	if (!existsSync(page)) return found;
	const bundle = join(root, EDITOR_FILES_PATH);
	const queue = [
		...pageScripts(readFileSync(page, 'utf8'))
			.map((path) => fileOf(root, base, path))
			.filter((file): file is string => file !== undefined),
		...(existsSync(bundle) ? filesUnder(bundle, ['.js', '.mjs']) : []),
	];
	while (queue.length > 0) {
		const file = queue.pop()!;
		const path = relative(root, file).split(sep).join('/');
		if (found.has(path)) continue;
		found.add(path);
		for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
			const next = resolve(dirname(file), match[1]!);
			if (existsSync(next)) queue.push(next);
		}
	}
	return found;
}
