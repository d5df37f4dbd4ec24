// An image named in content (the publisher's logo) that the build reads and publishes: it must be
// a regular file inside content/ or public/ (its real path, symlinks resolved, and not a symlink
// itself), of an image type the site shows (SVG, PNG, JPEG, WebP, checked on its first bytes),
// small enough, and, for an SVG, a drawing only (./svg.ts). The check and the print pages use
// this one function, so what the check accepts is exactly what the build reads.
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { svgProblem } from './svg.ts';

export const IMAGE_TYPES: Readonly<Record<string, string>> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
};

/** A logo is printed on a cover: 1 Mo is plenty, and keeps every page that embeds it light. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

export type ImageProblem =
	| { kind: 'outside' }
	| { kind: 'missing' }
	| { kind: 'symlink' }
	| { kind: 'not-file' }
	| { kind: 'type'; extension: string }
	| { kind: 'content'; type: string }
	| { kind: 'too-large'; bytes: number }
	| { kind: 'svg'; what: string };

export type ProjectImage = { ok: true; path: string; type: string; bytes: Buffer } | { ok: false; problem: ImageProblem };

function isInside(folder: string, path: string): boolean {
	const inside = relative(folder, path);
	return inside === '' ? false : !inside.startsWith('..') && !isAbsolute(inside);
}

function realFolder(folder: string): string | undefined {
	try {
		return realpathSync(folder);
	} catch {
		return undefined;
	}
}

/** Whether the first bytes are those of the image format a file extension says (".png", ".svg"…). */
export function looksLikeImage(extension: string, bytes: Buffer): boolean {
	const ascii = (from: number, to: number) => bytes.subarray(from, to).toString('latin1');
	switch (extension.toLowerCase()) {
		case '.png':
		case '.apng':
			return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		case '.jpg':
		case '.jpeg':
			return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
		case '.webp':
			return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
		case '.gif':
			return ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a';
		case '.avif':
			return ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12));
		case '.tiff':
			return ascii(0, 4) === 'II*\u0000' || ascii(0, 4) === 'MM\u0000*';
		case '.svg':
			return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(
				bytes.toString('utf8').replace(/^\uFEFF/, ''),
			);
		default:
			return false;
	}
}

/**
 * Reads the image at `path` (relative to `contentRoot`, as organisation.yaml writes it), or says
 * what is wrong with it. `publicRoot` is the site's public/ folder, also allowed.
 */
export function readProjectImage(path: string, contentRoot: string, publicRoot: string): ProjectImage {
	const fail = (problem: ImageProblem): ProjectImage => ({ ok: false, problem });
	const file = resolve(contentRoot, path);
	const roots = [contentRoot, publicRoot].map(realFolder).filter((root): root is string => root !== undefined);
	if (isAbsolute(path) || ![contentRoot, publicRoot].some((root) => isInside(resolve(root), file))) return fail({ kind: 'outside' });
	let stat;
	try {
		stat = lstatSync(file);
	} catch {
		return fail({ kind: 'missing' });
	}
	if (stat.isSymbolicLink()) return fail({ kind: 'symlink' });
	// A folder, a device or a pipe (which would block the build) is never opened.
	if (!stat.isFile()) return fail({ kind: 'not-file' });
	let real: string;
	try {
		real = realpathSync(file);
	} catch {
		return fail({ kind: 'missing' });
	}
	// A folder on the way may be a link to elsewhere: the real path decides.
	if (!roots.some((root) => isInside(root, real))) return fail({ kind: 'outside' });
	const extension = extname(file).toLowerCase();
	const type = IMAGE_TYPES[extension];
	if (!type) return fail({ kind: 'type', extension });
	// Opened once, then checked on the opened file: what is read is what was checked.
	const descriptor = openSync(real, 'r');
	try {
		const opened = fstatSync(descriptor);
		if (!opened.isFile()) return fail({ kind: 'not-file' });
		if (opened.size > MAX_IMAGE_BYTES) return fail({ kind: 'too-large', bytes: opened.size });
		const bytes = Buffer.alloc(opened.size);
		let read = 0;
		while (read < bytes.length) {
			const count = readSync(descriptor, bytes, read, bytes.length - read, read);
			if (count === 0) break;
			read += count;
		}
		if (!looksLikeImage(extension, bytes)) return fail({ kind: 'content', type });
		if (type === 'image/svg+xml') {
			const problem = svgProblem(bytes.toString('utf8'));
			if (problem) return fail({ kind: 'svg', what: problem.what });
		}
		return { ok: true, path: real, type, bytes };
	} finally {
		closeSync(descriptor);
	}
}
