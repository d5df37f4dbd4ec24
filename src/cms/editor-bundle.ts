// The editor's code (Sveltia CMS and what it imports), bundled once per installed version rather than
// at every build of the site: the same 2 Mo of code took Vite about 3.5 s of each build. The bundle
// is kept under node_modules/.cache/ (a new install makes a new one) and copied into the site as
// /admin/cms/ (src/integrations/editor-files.ts); the editor's page imports it from there.
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { EDITOR_MODULE } from './editor-address.ts';
import { sveltiaLocalFonts } from './local-fonts.ts';

function versionOf(root: string, pkg: string): string {
	return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Where the bundle of this install lives: named after Sveltia's and Vite's versions and the code
 * that makes it, so that changing any of them makes a new one.
 */
export function editorBundleFolder(root: string): string {
	const maker = createHash('sha256');
	for (const file of ['editor-bundle.ts', 'local-fonts.ts', 'editor-address.ts']) maker.update(readFileSync(new URL(file, import.meta.url)));
	const key = `${versionOf(root, '@sveltia/cms')}-${versionOf(root, 'vite')}-${maker.digest('hex').slice(0, 12)}`;
	return join(root, 'node_modules', '.cache', 'commun-formation', `editor-${key}`);
}

const bundles = new Map<string, Promise<string>>();

/**
 * The bundle's folder, bundling the editor first when this install has none yet; asked again (each
 * file the development server serves), the same answer. Built aside then renamed: two processes
 * building at once each make one and the first to finish is kept.
 */
export function ensureEditorBundle(root: string): Promise<string> {
	let bundle = bundles.get(root);
	if (!bundle) {
		bundle = bundleOnce(root);
		bundles.set(root, bundle);
		// A failed bundling is tried again at the next request.
		bundle.catch(() => bundles.delete(root));
	}
	return bundle;
}

async function bundleOnce(root: string): Promise<string> {
	let folder = editorBundleFolder(root);
	if (existsSync(join(folder, EDITOR_MODULE))) return folder;
	try {
		mkdirSync(dirname(folder), { recursive: true });
		accessSync(dirname(folder), constants.W_OK);
	} catch {
		// node_modules belongs to someone else (installed by root in a container…): the system's temporary folder.
		folder = join(tmpdir(), 'commun-formation', basename(folder));
		if (existsSync(join(folder, EDITOR_MODULE))) return folder;
		mkdirSync(dirname(folder), { recursive: true });
	}
	const work = mkdtempSync(`${folder}.part-`);
	try {
		const { build } = await import('vite');
		await build({
			configFile: false,
			envFile: false,
			root,
			logLevel: 'warn',
			publicDir: false,
			// Its fonts, workers and WebAssembly are found from the module's own address, wherever the site is.
			base: './',
			plugins: [sveltiaLocalFonts()],
			build: {
				outDir: work,
				emptyOutDir: false,
				modulePreload: false,
				reportCompressedSize: false,
				chunkSizeWarningLimit: 4096,
				rolldownOptions: {
					input: { editor: createRequire(join(root, 'package.json')).resolve('@sveltia/cms') },
					preserveEntrySignatures: 'strict',
					output: { entryFileNames: EDITOR_MODULE, chunkFileNames: 'chunks/[name]-[hash].js' },
				},
			},
		});
		try {
			renameSync(work, folder);
		} catch (error) {
			// Another build renamed its bundle first: the same files.
			if (!existsSync(join(folder, EDITOR_MODULE))) throw error;
			rmSync(work, { recursive: true, force: true });
		}
		return folder;
	} catch (error) {
		rmSync(work, { recursive: true, force: true });
		throw error;
	}
}
