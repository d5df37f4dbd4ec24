// The inline scripts the generator itself writes into pages: the body of every <script is:inline>
// of its components, ours (src/) and Starlight's, read from their source files, plus the speaker
// view's. The page policy trusts these and nothing else: a script found in a built page is never
// trusted because it is there. Scripts Astro bundles are written as files (see
// content-security-policy.ts), which the policy trusts as 'self'.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlElements } from './html-elements.ts';
import { speakerViewScripts } from './speaker-view.ts';

function astroFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.astro'))
		.map((path) => join(folder, path));
}

/** The folder of an installed package, found from one of its entry points. */
function packageFolder(entry: string, depth: number): string {
	let folder = dirname(fileURLToPath(import.meta.resolve(entry)));
	for (let level = 0; level < depth; level++) folder = dirname(folder);
	return folder;
}

/** The bodies of the `<script is:inline>` elements of an Astro component's source. */
export function inlineScriptsOfComponent(source: string): string[] {
	return htmlElements(source)
		.filter((element) => element.name === 'script' && 'is:inline' in element.attributes && element.attributes.src === undefined)
		.map((element) => element.rawText ?? '');
}

let cached: Set<string> | undefined;

/** Every inline script the generator may write, as its exact text. */
export function generatorInlineScripts(projectRoot: string): Set<string> {
	if (cached) return cached;
	const components = [
		...astroFiles(join(projectRoot, 'src')),
		// @astrojs/starlight's entry is its dist/index.js: its components are beside it.
		...astroFiles(packageFolder('@astrojs/starlight', 0)),
	];
	cached = new Set([...components.flatMap((file) => inlineScriptsOfComponent(readFileSync(file, 'utf8'))), ...speakerViewScripts()]);
	return cached;
}
