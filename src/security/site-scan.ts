// The privacy check of a whole built site: every page, style sheet and script in dist/.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesUnder } from '../files/walk.ts';
import { editorFiles, pageScripts } from './editor-files.ts';
import { EDITOR_PAGE } from './csp.ts';
import { foreignLoadsInCss, foreignLoadsInHtml, foreignLoadsInScript, type ForeignLoad } from './foreign-loads.ts';

export interface SiteForeignLoad extends ForeignLoad {
	/** The file, relative to the site's folder. */
	file: string;
}

/** The site path a file is served at: "modules/x/index.html" → "/modules/x/index.html". */
function sitePath(root: string, file: string): string {
	return `/${relative(root, file).split(sep).join('/')}`;
}

export interface SiteScan {
	files: number;
	loads: SiteForeignLoad[];
	/** The editor's own scripts (/admin/), set apart: only its page may load them. */
	editor: string[];
	/** Pages other than the editor's that load one of its scripts: none is expected. */
	pagesLoadingEditor: string[];
}

export function foreignLoadsInSite(root: string, base = '/'): SiteScan {
	const editor = editorFiles(root, base);
	const files = filesUnder(root, ['.html', '.css', '.js', '.mjs']).filter((file) => !editor.has(relative(root, file).split(sep).join('/')));
	const loads: SiteForeignLoad[] = [];
	const pagesLoadingEditor: string[] = [];
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		const path = sitePath(root, file);
		const base = new URL(path, 'https://site.invalid').href;
		const found = file.endsWith('.html')
			? foreignLoadsInHtml(text, path)
			: file.endsWith('.css')
				? foreignLoadsInCss(text, base)
				: foreignLoadsInScript(text, base);
		loads.push(...found.map((load) => ({ ...load, file: path.slice(1) })));
		if (file.endsWith('.html') && path.slice(1) !== EDITOR_PAGE) {
			const scripts = pageScripts(text).map((src) => new URL(src, base === '/' ? 'https://site.invalid/' : `https://site.invalid${base}`).pathname);
			if (scripts.some((src) => editor.has(src.replace(base === '/' ? /^\// : new RegExp(`^${base}`), '')))) pagesLoadingEditor.push(path.slice(1));
		}
	}
	return { files: files.length, loads, editor: [...editor], pagesLoadingEditor };
}
