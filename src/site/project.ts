// The project the site shows. The Astro configuration loads it once (and checks it); the content
// collections and the pages, which run in the same process, read that same instance, so the build
// renders exactly what the check read. In dev, a change under content/ marks it stale and the next
// reader gets it reloaded.
import { defaultContentDir } from '../model/load.ts';
import { loadProject, type Project } from '../model/project.ts';

interface SharedProject {
	project?: Project;
	root: string;
	contentDir: string;
	stale: boolean;
}

const KEY = Symbol.for('commun-formation.project');

/** The name of the content loaders the model feeds; the dev server refreshes them after a change. */
export const MODEL_LOADER = 'commun-formation:model';

function shared(): SharedProject {
	const holder = globalThis as typeof globalThis & { [KEY]?: SharedProject };
	holder[KEY] ??= { root: process.cwd(), contentDir: defaultContentDir(), stale: true };
	return holder[KEY];
}

/** Says where the content is (the Astro configuration's root) and loads it now. */
export function openProject(root: string, contentDir: string): Project {
	const state = shared();
	state.root = root;
	state.contentDir = contentDir;
	state.stale = true;
	return currentProject();
}

/** The loaded project, reloaded first when content changed since it was read. */
export function currentProject(): Project {
	const state = shared();
	if (state.stale || !state.project) {
		state.project = loadProject({ root: state.root, contentDir: state.contentDir });
		state.stale = false;
	}
	return state.project;
}

/** A file under the content folder changed (dev server): the next reader reloads the project. */
export function markProjectStale(): void {
	shared().stale = true;
}
