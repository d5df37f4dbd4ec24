// A content folder published in a sub-folder: its organisation.yaml's site gets a path, as a fork
// on a GitHub Pages project site (https://<compte>.github.io/<dépôt>/) writes it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BASED_SITE = 'https://exemple.org/catalogue/';
export const BASE = '/catalogue/';

export function publishUnderPath(contentRoot: string): void {
	const file = join(contentRoot, 'organisation.yaml');
	const text = readFileSync(file, 'utf8');
	if (!/^site: .*$/m.test(text)) throw new Error('organisation.yaml de la fixture sans « site »');
	writeFileSync(file, text.replace(/^site: .*$/m, `site: ${BASED_SITE}`));
}
