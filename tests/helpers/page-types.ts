// One page of each kind a built site has, found from its routes so that a new kind of page is covered
// the day it lands: "/modules/x/" and "/modules/y/" are one kind, "/modules/" another.
import { relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../src/files/walk.ts';

export interface PageSample {
	/** "/modules/*\/": the route, ids replaced by "*". */
	kind: string;
	path: string;
}

/**
 * Routes that are not pages a visitor reads: print layouts rendered into PDFs, and the editor
 * (/admin/, Sveltia CMS's own application, tested in tests/e2e/site/editor.test.ts).
 */
const NOT_FOR_VISITORS = ['print', 'pdf', 'admin'];

function routeOf(path: string): string {
	const segments = path.split('/').filter(Boolean);
	if (segments.length === 0) return '/';
	return `/${[segments[0], ...segments.slice(1).map(() => '*')].join('/')}/`;
}

/** Whether a page asks something of its reader (a form, a field): worth a sample of its own. */
function isInteractive(html: string): boolean {
	const main = html.slice(html.indexOf('<main'));
	return /<(form|input|select|textarea)\b/.test(main);
}

export function samplePages(root: string): PageSample[] {
	const samples = new Map<string, PageSample>();
	for (const file of filesUnder(root, ['index.html'])) {
		const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
		const first = path.split('/')[1] ?? '';
		if (NOT_FOR_VISITORS.includes(first)) continue;
		const kind = routeOf(path);
		if (!samples.has(kind)) samples.set(kind, { kind, path });
		const interactiveKind = `${kind} (formulaire)`;
		if (!samples.has(interactiveKind) && samples.get(kind)!.path !== path && isInteractive(readFileSync(file, 'utf8'))) {
			samples.set(interactiveKind, { kind: interactiveKind, path });
		}
	}
	return [...samples.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}
