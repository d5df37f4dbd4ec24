import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorModuleAddress } from '../../../src/cms/editor-address.ts';
import { editorBundleFolder, ensureEditorBundle } from '../../../src/cms/editor-bundle.ts';
import { editorFilesMiddleware } from '../../../src/integrations/editor-files.ts';

// A project whose install already holds the editor's bundle: the development server serves it
// without bundling, under the site's base, and nothing outside its folder.
let root: string;
let server: Server;
let address: string;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'commun-editor-'));
	for (const [pkg, version] of [['@sveltia/cms', '0.0.1'], ['vite', '8.0.0']]) {
		mkdirSync(join(root, 'node_modules', pkg!), { recursive: true });
		writeFileSync(join(root, 'node_modules', pkg!, 'package.json'), JSON.stringify({ version }));
	}
	const folder = editorBundleFolder(root);
	mkdirSync(join(folder, 'assets'), { recursive: true });
	writeFileSync(join(folder, 'editor.js'), 'export default {};');
	writeFileSync(join(folder, 'assets', 'moteur.wasm'), Buffer.from([0, 97, 115, 109]));
	writeFileSync(join(dirname(folder), 'secret.txt'), 'hors du dossier');
	const middleware = editorFilesMiddleware(root, '/catalogue/');
	server = createServer((request, response) =>
		middleware(request, response, () => {
			response.statusCode = 404;
			response.end('suivant');
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as { port: number }).port;
	address = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(root, { recursive: true, force: true });
});

describe('the editor’s files on the development server', () => {
	it('serves the entry module at the address the editor’s page imports, with a JavaScript type', async () => {
		expect(editorModuleAddress('/catalogue')).toBe('/catalogue/admin/cms/editor.js');
		const response = await fetch(`${address}${editorModuleAddress('/catalogue/')}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(await response.text()).toBe('export default {};');
		const wasm = await fetch(`${address}/catalogue/admin/cms/assets/moteur.wasm`);
		expect(wasm.headers.get('content-type')).toBe('application/wasm');
	});

	it('leaves every other address, a missing file, a bad escape and a way out of the folder to the server', async () => {
		for (const path of ['/admin/cms/editor.js', '/catalogue/admin/cms/absent.js', '/catalogue/admin/cms/%E0', '/catalogue/admin/cms/..%2fsecret.txt', '/catalogue/admin/cms/%2e%2e/secret.txt']) {
			const response = await fetch(`${address}${path}`);
			expect(await response.text(), path).toBe('suivant');
		}
	});
});

describe('the editor’s bundle', () => {
	it('is kept in the system’s temporary folder when node_modules cannot be written', async () => {
		const readOnly = mkdtempSync(join(tmpdir(), 'commun-editor-ro-'));
		const version = `0.0.${Date.now()}`;
		for (const pkg of ['@sveltia/cms', 'vite']) {
			mkdirSync(join(readOnly, 'node_modules', pkg), { recursive: true });
			writeFileSync(join(readOnly, 'node_modules', pkg, 'package.json'), JSON.stringify({ version }));
		}
		// A file where the cache folder would go: no one, root included, can make a folder there.
		writeFileSync(join(readOnly, 'node_modules', '.cache'), '');
		const fallback = join(tmpdir(), 'commun-formation', basename(editorBundleFolder(readOnly)));
		mkdirSync(fallback, { recursive: true });
		writeFileSync(join(fallback, 'editor.js'), 'export default {};');
		try {
			expect(await ensureEditorBundle(readOnly)).toBe(fallback);
		} finally {
			rmSync(readOnly, { recursive: true, force: true });
			rmSync(fallback, { recursive: true, force: true });
		}
	});
});
