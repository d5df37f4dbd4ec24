// The publisher's logo as the site publishes it: one file at the site root (`/logo.svg`), read by
// the same function as the check's and the print pages' (src/security/project-image.ts), shown in
// the header of every page and used as the favicon when browsers take its format as one.
import { extname, join, resolve } from 'node:path';
import type { Project } from '../model/project.ts';
import { readProjectImage } from '../security/project-image.ts';

export interface SiteLogo {
	/** Site path, without base: "/logo.svg". */
	path: string;
	type: string;
	bytes: Buffer;
}

/** Formats browsers accept as a favicon (and Starlight's favicon option). */
const FAVICON_EXTENSIONS = new Set(['.svg', '.png', '.jpg', '.jpeg']);

/** The logo named in organisation.yaml, when there is one the check accepts. */
export function siteLogo(project: Project): SiteLogo | undefined {
	const logo = project.graph.organisation?.logo;
	if (!logo) return undefined;
	const { root, contentDir } = project.content;
	const image = readProjectImage(logo, resolve(root, contentDir), join(resolve(root), 'public'));
	if (!image.ok) return undefined;
	return { path: `/logo${extname(image.path).toLowerCase()}`, type: image.type, bytes: image.bytes };
}

/** The favicon's site path for Starlight, or undefined to keep the default one. */
export function logoFavicon(logo: SiteLogo | undefined): string | undefined {
	return logo && FAVICON_EXTENSIONS.has(extname(logo.path)) ? logo.path : undefined;
}
