// The files `npm run new` writes: the smallest header the check accepts, with the text left to write
// marked « À compléter », and a body that shows the expected structure. The registry
// (collections.ts) says which collection each template writes into.
import { stringify } from 'yaml';

export interface TemplateValues {
	id: string;
	title: string;
	date: string;
	authors: string[];
	/** Module: its section and display number. */
	section?: string;
	number?: string;
	/** Parcours: the modules of its steps; deck: the modules it supports. */
	modules?: string[];
}

/** A header written by the yaml library, so titles with « : » or quotes come out valid. */
function header(fields: Record<string, unknown>): string {
	const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
	return `---\n${stringify(defined, { lineWidth: 0 })}---\n`;
}

function versioning(values: TemplateValues, summary: string) {
	return {
		version: '1.0.0',
		updated: values.date,
		changelog: [{ version: '1.0.0', date: values.date, summary }],
		authors: values.authors.length > 0 ? values.authors.map((name) => ({ name })) : undefined,
	};
}

/** Marks what the contributor still has to write; the check warns while it is there. */
export const TODO = 'À compléter';

export type Template = (values: TemplateValues) => string;

export const moduleTemplate: Template = (values) => `${header({
	title: values.title,
	number: values.number,
	section: values.section,
	summary: `${TODO} : une ou deux phrases qui disent à quoi sert le module.`,
	audience: `${TODO} : les publics visés`,
	objectives: [{ text: `${TODO} : ce que les participant·e·s sauront faire à la fin`, assessedBy: `${TODO} : comment on le vérifie` }],
	prerequisites: [],
	competences: { savoir: [], savoirFaire: [], savoirEtre: [] },
	methods: [],
	resources: [],
	followUps: [],
	duration: 7,
	participants: { max: 12 },
	evaluation: { formative: `${TODO} : comment on suit les progrès pendant la formation`, summative: `${TODO} : comment on vérifie les acquis à la fin` },
	keywords: [],
	...versioning(values, 'Création de la fiche.'),
})}
${TODO} : une introduction au module, en quelques phrases.

## Première partie

${TODO} : chaque titre de niveau 2 devient une partie des contenus de la fiche.
`;

export const personaTemplate: Template = (values) => `${header({
	name: values.title,
	place: `${TODO} : le lieu où la personne vient demander de l’aide`,
	situation: `${TODO} : qui est cette personne et ce qui l’amène, en une ou deux phrases.`,
	equipment: [],
	obstacles: [],
	frame: { accueil: [], diagnostic: [], accompagnement: [], orientation: [] },
	modules: values.modules ?? [],
})}
${TODO} : l’histoire de la personne, telle qu’on la raconte aux participant·e·s.
`;

export const deckTemplate: Template = (values) => `${header({
	title: values.title,
	summary: `${TODO} : à quoi sert ce support et dans quelle séance.`,
	modules: values.modules ?? [],
	...versioning(values, 'Création du support.'),
})}
## ${values.title}

${TODO} : la première diapositive.

## Deuxième diapositive

${TODO}.
`;

export const parcoursTemplate: Template = (values) => `${header({
	title: values.title,
	summary: `${TODO} : ce que le parcours apporte, en une ou deux phrases.`,
	audience: `${TODO} : le public visé`,
	needs: [],
	steps: values.modules ?? [],
	...versioning(values, 'Création du parcours.'),
})}
${TODO} : la présentation du parcours.
`;
