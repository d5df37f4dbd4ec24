// `missing-logo`: the logo named in organisation.yaml is a file of the content folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { closest } from '../model/suggest.ts';
import type { Rule } from './rule.ts';

export const missingLogo: Rule = {
	id: 'missing-logo',
	severity: 'error',
	description: 'Le logo indiqué dans organisation.yaml existe dans le dossier du contenu.',
	check(context) {
		const organisation = context.content.organisation;
		const logo = organisation?.data.logo;
		if (!organisation || !logo) return;
		const contentRoot = resolve(context.content.root, context.content.contentDir);
		const path = resolve(contentRoot, logo);
		const shown = posix.join(context.content.contentDir, logo.replaceAll('\\', '/'));
		const point = organisation.locate(['logo']);
		const inside = relative(contentRoot, path);
		if (isAbsolute(logo) || inside.startsWith('..') || isAbsolute(inside)) {
			context.report({
				file: organisation.file,
				point,
				message: `le logo « ${logo} » est hors du dossier du contenu`,
				hint: `placez le fichier dans ${context.content.contentDir}/ et indiquez son chemin depuis ce dossier, par exemple : logo: logo.svg`,
			});
			return;
		}
		if (existsSync(path) && statSync(path).isFile()) return;
		const folder = dirname(path);
		const neighbours = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : [];
		const suggestion = closest(logo.split(/[\\/]/).at(-1)!, neighbours);
		context.report({
			file: organisation.file,
			point,
			message: `fichier du logo introuvable : « ${shown} »`,
			hint: suggestion
				? `vouliez-vous dire « ${posix.join(posix.dirname(logo.replaceAll('\\', '/')), suggestion)} » ?`
				: `placez le logo dans ${join(context.content.contentDir)}/ ou corrigez le chemin (il part du dossier ${context.content.contentDir}/)`,
		});
	},
};
