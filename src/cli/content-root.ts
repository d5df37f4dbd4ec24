// The content folder an authoring command works on: --content, $COMMUN_CONTENT_DIR, or content/.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AuthoringError } from '../authoring/errors.ts';
import { defaultContentDir, relativeContentDir } from '../model/load.ts';

export function contentRootOf(option: string | undefined): { contentDir: string; contentRoot: string } {
	const contentDir = option ? relativeContentDir(option) : defaultContentDir();
	const contentRoot = resolve(contentDir);
	if (!existsSync(contentRoot)) throw new AuthoringError(`dossier du contenu introuvable « ${contentDir} »`, 2);
	return { contentDir, contentRoot };
}
