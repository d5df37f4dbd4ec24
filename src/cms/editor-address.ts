// Where the site serves the editor's bundle (src/cms/editor-bundle.ts): its folder and entry module.
import { normaliseBase } from '../site/deployment.ts';

/** The editor's files on the site, below the base. */
export const EDITOR_FILES_PATH = 'admin/cms/';

/** The bundle's entry module, in its folder. */
export const EDITOR_MODULE = 'editor.js';

/** The entry module's address on a site published under `base`. */
export function editorModuleAddress(base: string): string {
	return `${normaliseBase(base)}${EDITOR_FILES_PATH}${EDITOR_MODULE}`;
}
