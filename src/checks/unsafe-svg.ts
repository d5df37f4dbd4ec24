// `unsafe-svg`: an SVG image a content file shows is a drawing only. Shown through <img>, an SVG
// runs nothing; but the site publishes the file itself, and opened at its own address it would run
// its scripts as a page of the site. Same reading as the logo's (src/security/svg.ts).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { svgProblem } from '../security/svg.ts';
import type { Rule } from './rule.ts';
import { imageFile, imageReferences } from './support/image-files.ts';
import { markdownFiles } from './support/markdown-files.ts';

export const unsafeSvg: Rule = {
	id: 'unsafe-svg',
	severity: 'error',
	description: 'Une image SVG d’un contenu ne contient que du dessin : ni script, ni attribut on…, ni référence à un autre fichier.',
	check(context) {
		for (const markdown of markdownFiles(context.content)) {
			for (const reference of imageReferences(markdown)) {
				const path = imageFile(reference, markdown.file, context.content);
				if (!path || extname(path).toLowerCase() !== '.svg') continue;
				const problem = svgProblem(readFileSync(path, 'utf8'));
				if (!problem) continue;
				context.report({
					file: markdown.file,
					point: reference.point,
					message: `l’image SVG « ${reference.url} » contient ${problem.what} : une image ne contient que du dessin`,
					hint: 'enregistrez-la de nouveau depuis un logiciel de dessin (« SVG simple »), sans script ni image liée',
				});
			}
		}
	},
};
