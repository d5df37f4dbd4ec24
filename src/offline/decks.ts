// Every deck of the model in one file, dist/decks/<id>.html, made from its built page: reveal.js,
// its styles, the fonts it shows, its images and persona cards, its notes with the French speaker
// view, its quizzes and their answers mode (?answers), its licence slide. It opens from file://.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentGraph } from '../model/graph.ts';
import { standalonePolicy } from '../security/csp.ts';
import { speakerViewScripts } from '../security/speaker-view.ts';
import { entryPath, withBase } from '../site/urls.ts';
import { deckFilePath } from './routes.ts';
import { bundledScript, generatorScript } from './script-bundle.ts';
import { siteFile } from './site-files.ts';
import { standalonePage } from './standalone-page.ts';

export interface OfflineSite {
	/** The built site. */
	outDir: string;
	/** Its base path, from the build record. */
	base: string;
	/** Its public address, from the build record. */
	site?: string;
}

export interface WrittenFile {
	/** The site path of the file: "/decks/atelier.html". */
	output: string;
	file: string;
	bytes: number;
	/** Font files carried inside, and left out. */
	fonts: { kept: number; dropped: number };
	/** French sentences about what could not be carried inside. */
	warnings: string[];
}

export function missingWarnings(missing: readonly string[]): string[] {
	return missing.map((url) => `« ${url} » est introuvable dans le site construit : laissé de côté`);
}

/** Writes the single file of each deck and says what each holds. */
export async function writeDeckFiles(graph: ContentGraph, site: OfflineSite): Promise<WrittenFile[]> {
	const decks = [...graph.byCollection.decks.values()];
	if (decks.length === 0) return [];
	const script = await bundledScript(generatorScript('offline-deck'));
	// The speaker view is a page the notes plugin writes into a window it opens: that window has the
	// deck's policy, which must trust its script too.
	const policy = standalonePolicy([script, ...speakerViewScripts()], { frames: true });
	const address = { siteDir: site.outDir, base: site.base };
	return decks.map((deck) => {
		const pagePath = withBase(entryPath('decks', deck.id), site.base);
		const page = siteFile(address, pagePath);
		if (!page) throw new Error(`la page du support « ${deck.id} » (${pagePath}) n’est pas dans le site construit ; relancez « npm run build ».`);
		const built = standalonePage(readFileSync(page, 'utf8'), { ...address, pagePath, site: site.site, script, policy });
		const output = deckFilePath(deck.id);
		const file = join(site.outDir, output);
		writeFileSync(file, built.html);
		return {
			output,
			file,
			bytes: Buffer.byteLength(built.html),
			fonts: { kept: built.fonts.kept.length, dropped: built.fonts.dropped.length },
			warnings: missingWarnings(built.missing),
		};
	});
}
