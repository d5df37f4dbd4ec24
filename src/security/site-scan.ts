// The privacy check of a whole built site: every page, style sheet and script in dist/.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesUnder } from '../files/walk.ts';
import { foreignLoadsInCss, foreignLoadsInHtml, foreignLoadsInScript, type ForeignLoad } from './foreign-loads.ts';

export interface SiteForeignLoad extends ForeignLoad {
	/** The file, relative to the site's folder. */
	file: string;
}

/** The site path a file is served at: "modules/x/index.html" → "/modules/x/index.html". */
function sitePath(root: string, file: string): string {
	return `/${relative(root, file).split(sep).join('/')}`;
}

export function foreignLoadsInSite(root: string): { files: number; loads: SiteForeignLoad[] } {
	const files = filesUnder(root, ['.html', '.css', '.js', '.mjs']);
	const loads: SiteForeignLoad[] = [];
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
	}
	return { files: files.length, loads };
}
