// The baseline of the build benchmark: a plain Starlight project holding the same pages as a
// synthetic corpus, built with the project's own node_modules (found by walking up from it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitFrontmatter } from '../model/frontmatter.ts';
import type { Corpus } from './corpus.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [starlight({ title: 'Starlight seul', locales: { root: { label: 'Français', lang: 'fr' } } })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The value of a one-line "key: value" of a synthetic header. */
function field(yaml: string, key: string): string {
	return new RegExp(`^${key}: "?([^"\\n]*)"?$`, 'm').exec(yaml)?.[1] ?? key;
}

/** Writes the plain project under `folder`: one docs page per module and section, and a home page. */
export function writePlainStarlight(corpus: Corpus, folder: string): void {
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), text);
	};
	// Astro bundles the packages a project depends on; without them Starlight's middleware stays external and fails.
	write('package.json', '{ "private": true, "type": "module", "dependencies": { "@astrojs/starlight": "*", "astro": "*" } }\n');
	write('astro.config.mjs', CONFIG);
	write('src/content.config.ts', CONTENT_CONFIG);
	write('src/content/docs/index.mdx', '---\ntitle: Accueil\n---\n\nLes pages du corpus synthétique.\n');
	for (const [path, text] of corpus.files) {
		const match = /^(modules|sections)\/(.+)\.mdx$/.exec(path);
		if (!match) continue;
		const split = splitFrontmatter(text);
		if (split.kind !== 'ok') continue;
		const title = match[1] === 'modules' ? `Module ${field(split.yaml, 'number')} · ${field(split.yaml, 'title')}` : field(split.yaml, 'title');
		const header = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(field(split.yaml, 'summary'))}\n---\n`;
		write(`src/content/docs/${match[1]}/${match[2]}.mdx`, `${header}\n${text.slice(split.bodyOffset)}`);
	}
}
