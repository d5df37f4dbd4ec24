// The publisher's logo as a data: address, read from the content folder at build time: the print
// pages need no copy of it in public/, and a fork's logo follows its organisation.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { defaultContentDir } from '../model/load.ts';

const TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
};

/** The logo named in organisation.yaml, or undefined when there is none (the check reports a missing file). */
export function logoDataUrl(logo: string | undefined, contentDir = defaultContentDir()): string | undefined {
	if (!logo) return undefined;
	const file = join(process.cwd(), contentDir, logo);
	const type = TYPES[extname(file).toLowerCase()];
	if (!type || !existsSync(file)) return undefined;
	return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
