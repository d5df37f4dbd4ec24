// A tiny static file server over a built site: what a visitor's browser would get (PDF printing, link check, browser tests).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { contentTypeOf, fileInside } from './files.ts';

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** The path the site is deployed under ("/" or "/catalogue/", as Astro's base). */
	base?: string;
	/** 0 (the default) takes a free port. */
	port?: number;
}

/**
 * Serves `root` as the site deployed under `base`, as a host would: an address outside the base is
 * not found (a link that escapes the base is broken there too), and the base without its final
 * slash is redirected to it.
 */
export async function serveDirectory(root: string, { base = '/', port = 0 }: ServeOptions = {}): Promise<StaticServer> {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	const folder = resolve(root);
	const server: Server = createServer((request, response) => {
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			// A malformed escape (« %E9 » alone, « %zz ») is the client's mistake, not the end of the server.
			response.writeHead(400).end('adresse mal formée');
			return;
		}
		if (prefix && pathname === prefix) {
			response.writeHead(301, { location: `${prefix}/` }).end();
			return;
		}
		const outside = prefix !== '' && !pathname.startsWith(`${prefix}/`);
		if (prefix && !outside) pathname = pathname.slice(prefix.length);
		let file = outside ? '' : fileInside(folder, pathname);
		if (file === undefined) {
			response.writeHead(403).end();
			return;
		}
		if (!outside && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (outside || !existsSync(file)) {
			response.writeHead(404, { 'content-type': contentTypeOf('404.html') });
			const notFound = join(folder, '404.html');
			if (existsSync(notFound)) createReadStream(notFound).pipe(response);
			else response.end('introuvable');
			return;
		}
		response.writeHead(200, { 'content-type': contentTypeOf(file) });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// Idle keep-alive connections would hold the close for five seconds.
				server.closeAllConnections();
			}),
	};
}
