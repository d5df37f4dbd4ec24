// The publisher's logo as a data: address, read from the content folder at build time: the print
// pages need no copy of it in public/, and a fork's logo follows its organisation.yaml. It is read
// by the same function as the check's (src/security/project-image.ts): a symbolic link, a file
// outside the project or an SVG with a script is never read, whatever the check said.
import { join } from 'node:path';
import { defaultContentDir } from '../model/load.ts';
import { readProjectImage } from '../security/project-image.ts';

/** The logo named in organisation.yaml, or undefined when there is none or it may not be published (the check says why). */
export function logoDataUrl(logo: string | undefined, contentDir = defaultContentDir()): string | undefined {
	if (!logo) return undefined;
	const image = readProjectImage(logo, join(process.cwd(), contentDir), join(process.cwd(), 'public'));
	return image.ok ? `data:${image.type};base64,${image.bytes.toString('base64')}` : undefined;
}
