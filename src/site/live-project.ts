// The project as the site's configuration sees it: loaded once for a build, reloaded on change in dev.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadOptions } from '../model/load.ts';
import { loadProject, type Project } from '../model/project.ts';

/** A cheap fingerprint of the content folder: every file's path, size and modification time. */
function fingerprint(folder: string): string {
	const parts: string[] = [];
	const walk = (dir: string) => {
		for (const item of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, item.name);
			if (item.isDirectory()) walk(path);
			else {
				const stat = statSync(path);
				parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
			}
		}
	};
	walk(folder);
	return parts.join('|');
}

export function liveProject(options: Required<LoadOptions>, { watch }: { watch: boolean }): () => Project {
	let project = loadProject(options);
	let lastPrint = watch ? fingerprint(join(options.root, options.contentDir)) : '';
	let lastLook = Date.now();
	return () => {
		if (!watch || Date.now() - lastLook < 1000) return project;
		lastLook = Date.now();
		const print = fingerprint(join(options.root, options.contentDir));
		if (print !== lastPrint) {
			lastPrint = print;
			project = loadProject(options);
		}
		return project;
	};
}
