// `placeholder`: a file made by `npm run new` still holds the « À compléter » texts of its template.
// A warning while the contributor writes; an error with --strict, as before publishing.
import { TODO } from '../model/templates.ts';
import type { Rule } from './rule.ts';
import { pointAtOffset } from './support/places.ts';

export const placeholder: Rule = {
	id: 'placeholder',
	severity: 'warning',
	description: `Plus aucun « ${TODO} » laissé par le modèle de npm run new (une erreur avec --strict).`,
	check(context) {
		for (const source of context.content.sources) {
			for (let at = source.text.indexOf(TODO); at !== -1; at = source.text.indexOf(TODO, at + TODO.length)) {
				const line = source.text.slice(at, source.text.indexOf('\n', at) === -1 ? undefined : source.text.indexOf('\n', at));
				context.report({
					file: source.path,
					point: pointAtOffset(source, at),
					message: `texte de modèle à remplacer : « ${line.length > 60 ? `${line.slice(0, 59)}…` : line} »`,
					hint: 'écrivez ici le vrai contenu : « npm run new » a laissé ce texte pour vous guider',
				});
			}
		}
	},
};
