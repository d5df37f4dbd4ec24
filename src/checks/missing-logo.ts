// `missing-logo`: the logo named in organisation.yaml is an image the build can publish: a regular
// file inside content/ or public/ (not a symbolic link, and not leading outside), an SVG, PNG,
// JPEG or WebP image that is one indeed, under 1 Mo, and, for an SVG, a drawing with no script
// and no reference to another file (src/security/project-image.ts, which the print pages use too).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { closest } from '../model/suggest.ts';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, readProjectImage, type ImageProblem } from '../security/project-image.ts';
import type { Rule } from './rule.ts';

const TYPES = Object.keys(IMAGE_TYPES).map((extension) => extension.slice(1).toUpperCase()).filter((type) => type !== 'JPEG').join(', ');

function describe(problem: ImageProblem, logo: string, shown: string, contentDir: string, path: string): { message: string; hint: string } {
	const place = `placez le fichier dans ${contentDir}/ et indiquez son chemin depuis ce dossier, par exemple : logo: images/logo.svg`;
	switch (problem.kind) {
		case 'outside':
			return { message: `le logo « ${logo} » est hors du dossier du contenu`, hint: place };
		case 'symlink':
			return { message: `le logo « ${shown} » est un lien symbolique : le site ne publie que des fichiers du projet`, hint: `remplacez le lien par le fichier lui-même ; ${place}` };
		case 'not-file':
			return { message: `le logo « ${shown} » n’est pas un fichier`, hint: place };
		case 'type':
			return {
				message: `le logo « ${shown} » n’est pas une image que le site affiche (${problem.extension || 'sans extension'})`,
				hint: `enregistrez-le au format ${TYPES} ou JPG`,
			};
		case 'content':
			return {
				message: `le fichier « ${shown} » n’est pas une image ${posix.extname(logo).slice(1).toUpperCase()} : son contenu ne correspond pas à son extension`,
				hint: 'ouvrez-le dans un logiciel d’images et enregistrez-le de nouveau dans le bon format',
			};
		case 'too-large':
			return {
				message: `le logo « ${shown} » est trop lourd (${(problem.bytes / 1024 / 1024).toFixed(1)} Mo, au plus ${MAX_IMAGE_BYTES / 1024 / 1024} Mo)`,
				hint: 'réduisez ses dimensions, ou enregistrez-le en SVG ou en WebP',
			};
		case 'svg':
			return {
				message: `le logo SVG « ${shown} » contient ${problem.what} : une image ne contient que du dessin`,
				hint: 'enregistrez-le de nouveau depuis un logiciel de dessin (« SVG simple »), sans script ni image liée',
			};
		case 'missing': {
			const folder = dirname(path);
			const neighbours = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : [];
			const suggestion = closest(logo.split(/[\\/]/).at(-1)!, neighbours);
			return {
				message: `fichier du logo introuvable : « ${shown} »`,
				hint: suggestion
					? `vouliez-vous dire « ${posix.join(posix.dirname(logo.replaceAll('\\', '/')), suggestion)} » ?`
					: `placez le logo dans ${contentDir}/ ou corrigez le chemin (il part du dossier ${contentDir}/)`,
			};
		}
	}
}

export const missingLogo: Rule = {
	id: 'missing-logo',
	severity: 'error',
	description: 'Le logo indiqué dans organisation.yaml est une image SVG, PNG, JPEG ou WebP du dossier du contenu (ni lien symbolique, ni script, ni plus de 1 Mo).',
	check(context) {
		const organisation = context.content.organisation;
		const logo = organisation?.data.logo;
		if (!organisation || !logo) return;
		const contentRoot = resolve(context.content.root, context.content.contentDir);
		const image = readProjectImage(logo, contentRoot, resolve(context.content.root, 'public'));
		if (image.ok) return;
		const shown = posix.join(context.content.contentDir, logo.replaceAll('\\', '/'));
		context.report({
			file: organisation.file,
			point: organisation.locate(['logo']),
			...describe(image.problem, logo, shown, context.content.contentDir, resolve(contentRoot, logo)),
		});
	},
};
