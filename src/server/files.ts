// Serving files from a folder: the media type of a file, and the file an address names inside the
// folder (the static server, the development server's editor files).
import { extname, isAbsolute, join, relative } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/** The Content-Type a file is served with, from its extension. */
export function contentTypeOf(file: string): string {
	return TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file `path` (an address's decoded path) names inside `folder`, or undefined when it leads
 * out of it: « .. », or a sibling whose name starts the same (dist-x beside dist).
 */
export function fileInside(folder: string, path: string): string | undefined {
	const file = join(folder, path);
	const inside = relative(folder, file);
	return inside.startsWith('..') || isAbsolute(inside) ? undefined : file;
}
