// Puts the editor's bundle (src/cms/editor-bundle.ts) into the site as /admin/cms/: copied into the
// built site, served from its folder by the development server. It is bundled while Astro builds
// the pages, when this install has none yet.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITOR_FILES_PATH } from '../cms/editor-address.ts';
import { ensureEditorBundle } from '../cms/editor-bundle.ts';
import { contentTypeOf, fileInside } from '../server/files.ts';
import { normaliseBase } from '../site/deployment.ts';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** Serves the editor's files to the development server, bundling them first when needed. */
export function editorFilesMiddleware(root: string, base: string): Middleware {
	const prefix = `${base}${EDITOR_FILES_PATH}`;
	return (request, response, next) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			return next();
		}
		if (!path.startsWith(prefix)) return next();
		ensureEditorBundle(root).then((folder) => {
			const file = fileInside(folder, path.slice(prefix.length));
			if (file === undefined || !existsSync(file) || !statSync(file).isFile()) return next();
			response.setHeader('Content-Type', contentTypeOf(file));
			createReadStream(file).pipe(response);
		}, next);
	};
}

export function editorFiles(): AstroIntegration {
	let root = process.cwd();
	let base = '/';
	return {
		name: 'commun-formation:editor-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = normaliseBase(config.base);
			},
			'astro:build:start': () => {
				// Started beside the pages' build, awaited at its end, where a failure is reported.
				ensureEditorBundle(root).catch(() => undefined);
			},
			'astro:build:done': async ({ dir }) => {
				const folder = await ensureEditorBundle(root);
				cpSync(folder, join(fileURLToPath(dir), EDITOR_FILES_PATH), { recursive: true });
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(editorFilesMiddleware(root, base));
			},
		},
	};
}
