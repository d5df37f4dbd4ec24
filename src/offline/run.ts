// The offline step of a build: from the built site, the single file of every deck and the SCORM
// package of every module, each described by its size.
import { loadProject } from '../model/project.ts';
import { writeScormPackages } from '../scorm/packages.ts';
import { writeDeckFiles, type WrittenFile } from './decks.ts';

export interface OfflineRunOptions {
	/** Project root (where content/ is). */
	root: string;
	contentDir: string;
	/** The built site. */
	outDir: string;
	/** The site's base path and public address, from the build record. */
	base: string;
	site?: string;
	log?: (line: string) => void;
}

/** "dist/decks/atelier.html : 412 Ko" */
export function describeFile(file: WrittenFile): string {
	return `${file.output.slice(1)} : ${Math.round(file.bytes / 1024)} Ko`;
}

export async function runOffline(options: OfflineRunOptions): Promise<WrittenFile[]> {
	const log = options.log ?? (() => {});
	const { graph } = loadProject({ root: options.root, contentDir: options.contentDir });
	const site = { outDir: options.outDir, base: options.base, site: options.site };
	const files = [...(await writeDeckFiles(graph, site)), ...(await writeScormPackages(graph, site))];
	for (const file of files) {
		log(describeFile(file));
		for (const warning of file.warnings) log(`  attention : ${warning}`);
	}
	return files;
}
