// Open Badges 3.0: what a participant who completed a module can be recognised for. Each module is
// an `Achievement` (name, description, criteria from its objectives and their assessment,
// alignment to its CRCN and DigComp codes, its section's image) that a static site can publish;
// an issuer then awards it in its own signed credentials.
import { competenceAnchor, findCompetence, FRAMEWORK_IDS, FRAMEWORKS, frenchTitle } from '../model/frameworks/index.ts';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import { COMPETENCES_PATH, entryPath } from '../site/urls.ts';
import { badgePath, sectionBadgeImagePath } from './paths.ts';
import type { SiteAddress } from './site-address.ts';

/** The JSON-LD contexts of an Open Badges 3.0 document: Verifiable Credentials 2.0, then Open Badges 3.0. */
export const OPEN_BADGES_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json'];

export interface Alignment {
	type: ['Alignment'];
	targetName: string;
	targetUrl: string;
	targetCode: string;
	targetFramework: string;
}

export interface Achievement {
	'@context': string[];
	id: string;
	type: ['Achievement'];
	achievementType: 'Course';
	name: string;
	description: string;
	humanCode: string;
	criteria: { id: string; narrative: string };
	alignment: Alignment[];
	image?: { id: string; type: 'Image'; caption: string };
	creator?: { id: string; type: ['Profile']; name: string; url: string; email: string };
	fieldOfStudy?: string;
	tag: string[];
	version: string;
}

/** What a participant must show, in Markdown: each objective with how it is assessed, then the final assessment. */
export function criteriaNarrative(module: ModuleEntry): string {
	const lines = module.data.objectives.map((objective) =>
		objective.assessedBy ? `- ${objective.text} (évalué par : ${objective.assessedBy})` : `- ${objective.text}`,
	);
	const summative = module.data.evaluation?.summative?.text;
	return [
		'Avoir suivi le module et atteint ses objectifs :',
		'',
		...lines,
		...(summative ? ['', `Évaluation des acquis en fin de module : ${summative}`] : []),
	].join('\n');
}

export function moduleAchievement(graph: ContentGraph, module: ModuleEntry, address: SiteAddress): Achievement {
	const data = module.data;
	const section = graph.get('sections', data.section);
	const organisation = graph.organisation;
	const alignment = FRAMEWORK_IDS.flatMap((id) =>
		data.frameworks[id].flatMap((code): Alignment[] => {
			const competence = findCompetence(id, code);
			return competence
				? [
						{
							type: ['Alignment'],
							targetName: frenchTitle(competence),
							targetUrl: `${address(COMPETENCES_PATH)}#${competenceAnchor(id, code)}`,
							targetCode: code,
							targetFramework: FRAMEWORKS[id].title,
						},
					]
				: [];
		}),
	);
	return {
		'@context': OPEN_BADGES_CONTEXT,
		id: address(badgePath(module.id)),
		type: ['Achievement'],
		achievementType: 'Course',
		name: data.title,
		description: data.summary,
		humanCode: `Module ${data.number}`,
		criteria: { id: address(entryPath('modules', module.id)), narrative: criteriaNarrative(module) },
		alignment,
		...(section
			? {
					image: { id: address(sectionBadgeImagePath(section.id)), type: 'Image' as const, caption: `Badge de la section « ${section.data.title} »` },
					fieldOfStudy: section.data.title,
				}
			: {}),
		...(organisation
			? { creator: { id: address('/'), type: ['Profile'] as ['Profile'], name: organisation.name, url: address('/'), email: organisation.contact.email } }
			: {}),
		tag: data.keywords,
		version: data.version,
	};
}
