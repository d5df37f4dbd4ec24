// schema.org descriptions of the catalogue for search engines and aggregators (JSON-LD in the
// <head> of module and path pages): a module is a Course with one CourseInstance carrying its
// practical information; a path is a Course made of the modules' courses. Typed with schema-dts.
import type { AlignmentObject, Course, CourseInstance, CreativeWork, Offer, Organization, WithContext } from 'schema-dts';
import { competenceAnchor, findCompetence, FRAMEWORK_IDS, FRAMEWORKS, frenchTitle } from '../model/frameworks/index.ts';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import type { Entry } from '../model/load.ts';
import { LICENCE_URLS } from '../model/licences.ts';
import type { DerivedFrom } from '../model/schemas/index.ts';
import type { Price, TrainingFormat } from '../model/schemas/training.ts';
import { practicalInfo } from '../model/training-info.ts';
import { COMPETENCES_PATH, entryPath } from '../site/urls.ts';
import type { SiteAddress } from './site-address.ts';

/** Hours as an ISO 8601 duration: 3.5 → "PT3H30M". */
export function isoDuration(hours: number): string {
	const minutes = Math.round(hours * 60);
	const [whole, rest] = [Math.floor(minutes / 60), minutes % 60];
	return `PT${whole > 0 || rest === 0 ? `${whole}H` : ''}${rest > 0 ? `${rest}M` : ''}`;
}

/** schema.org's courseMode values for the three formats. */
const COURSE_MODES: Record<TrainingFormat, string> = { presentiel: 'Onsite', distanciel: 'Online', mixte: 'Blended' };

function licenceOf(licence: string): string {
	return LICENCE_URLS[licence] ?? licence;
}

function providerOf(graph: ContentGraph, address: SiteAddress): Organization | undefined {
	const organisation = graph.organisation;
	if (!organisation) return undefined;
	return {
		'@type': 'Organization',
		name: organisation.name,
		...(organisation.legalName ? { legalName: organisation.legalName } : {}),
		url: address('/'),
		email: organisation.contact.email,
		...(organisation.contact.phone ? { telephone: organisation.contact.phone } : {}),
		address: {
			'@type': 'PostalAddress',
			addressLocality: organisation.address.city,
			addressCountry: 'FR',
			...(organisation.address.street ? { streetAddress: organisation.address.street } : {}),
			...(organisation.address.postalCode ? { postalCode: organisation.address.postalCode } : {}),
			...(organisation.address.region ? { addressRegion: organisation.address.region } : {}),
		},
		...(organisation.siret ? { taxID: organisation.siret.replace(/\s+/g, '') } : {}),
	};
}

/** An offer when the price is free or an amount; a price « sur devis » has no amount to state. */
function offerOf(price: Price | undefined, page: string): Offer | undefined {
	if (!price || price.kind === 'quote') return undefined;
	return {
		'@type': 'Offer',
		category: price.kind === 'free' ? 'Free' : 'Paid',
		price: price.kind === 'free' ? 0 : price.amount,
		priceCurrency: 'EUR',
		url: page,
		...(price.kind === 'amount' ? { description: price.per === 'personne' ? 'par personne' : 'pour le groupe' } : {}),
	};
}

function alignmentsOf(module: ModuleEntry, address: SiteAddress): AlignmentObject[] {
	return FRAMEWORK_IDS.flatMap((id) =>
		module.data.frameworks[id].flatMap((code): AlignmentObject[] => {
			const competence = findCompetence(id, code);
			if (!competence) return [];
			return [
				{
					'@type': 'AlignmentObject',
					alignmentType: 'teaches',
					educationalFramework: FRAMEWORKS[id].title,
					targetName: `${code} ${frenchTitle(competence)}`,
					targetUrl: `${address(COMPETENCES_PATH)}#${competenceAnchor(id, code)}`,
				},
			];
		}),
	);
}

function basedOn(derivedFrom: DerivedFrom | undefined): CreativeWork | string | undefined {
	if (!derivedFrom) return undefined;
	if (derivedFrom.url) return derivedFrom.url;
	return {
		'@type': 'CreativeWork',
		name: derivedFrom.id ? `${derivedFrom.source} : ${derivedFrom.id}` : derivedFrom.source,
		...(derivedFrom.version ? { version: derivedFrom.version } : {}),
	};
}

/** Text prerequisites stay text; a module that meets one is a link to its Course. */
function prerequisitesOf(graph: ContentGraph, module: ModuleEntry, address: SiteAddress): (Course | string)[] {
	const linked = graph.prerequisiteModuleIds(module.id).flatMap((id): Course[] => {
		const other = graph.get('modules', id);
		return other ? [{ '@type': 'Course', '@id': address(entryPath('modules', id)), url: address(entryPath('modules', id)), name: other.data.title }] : [];
	});
	const texts = graph.prerequisites(module.id).flatMap((link) => (link.kind === 'competence' ? [link.text] : []));
	return [...linked, ...texts];
}

export function moduleJsonLd(graph: ContentGraph, module: ModuleEntry, address: SiteAddress): WithContext<Course> {
	const data = module.data;
	const page = address(entryPath('modules', module.id));
	const practical = practicalInfo(data, graph.organisation);
	const provider = providerOf(graph, address);
	const offer = offerOf(practical.price?.value, page);
	const format = practical.format?.value;
	const instance: CourseInstance = {
		'@type': 'CourseInstance',
		...(format ? { courseMode: COURSE_MODES[format] } : {}),
		...(data.duration !== undefined ? { courseWorkload: isoDuration(data.duration) } : {}),
		...(practical.location ? { location: { '@type': 'Place', name: practical.location.value } } : {}),
		...(offer ? { offers: offer } : {}),
		inLanguage: 'fr',
	};
	const alignments = alignmentsOf(module, address);
	const prerequisites = prerequisitesOf(graph, module, address);
	const isBasedOn = basedOn(data.derivedFrom);
	return {
		'@context': 'https://schema.org',
		'@type': 'Course',
		'@id': page,
		url: page,
		identifier: module.id,
		courseCode: data.number,
		name: data.title,
		description: data.summary,
		teaches: data.objectives.map((objective) => objective.text),
		...(prerequisites.length > 0 ? { coursePrerequisites: prerequisites } : {}),
		...(data.duration !== undefined ? { timeRequired: isoDuration(data.duration) } : {}),
		inLanguage: 'fr',
		...(data.audience
			? { educationalLevel: data.audience, audience: { '@type': 'EducationalAudience', audienceType: data.audience } }
			: {}),
		license: licenceOf(data.licence),
		version: data.version,
		dateModified: data.updated,
		...(data.keywords.length > 0 ? { keywords: data.keywords.join(', ') } : {}),
		...(isBasedOn ? { isBasedOn } : {}),
		...(provider ? { provider } : {}),
		...(offer ? { offers: offer } : {}),
		hasCourseInstance: instance,
		...(alignments.length > 0 ? { educationalAlignment: alignments } : {}),
	};
}

/** A path: a Course whose parts are the Courses of its modules, in order. */
export function parcoursJsonLd(graph: ContentGraph, parcours: Entry<'parcours'>, address: SiteAddress): WithContext<Course> {
	const data = parcours.data;
	const page = address(entryPath('parcours', parcours.id));
	const provider = providerOf(graph, address);
	const totals = graph.parcoursTotals(parcours.id);
	const parts = data.steps.flatMap((step): Course[] => {
		const module = graph.get('modules', step.module);
		if (!module) return [];
		const url = address(entryPath('modules', module.id));
		return [
			{
				'@type': 'Course',
				'@id': url,
				url,
				name: module.data.title,
				...(module.data.duration !== undefined ? { timeRequired: isoDuration(module.data.duration) } : {}),
			},
		];
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'Course',
		'@id': page,
		url: page,
		identifier: parcours.id,
		name: data.title,
		description: data.summary,
		audience: { '@type': 'EducationalAudience', audienceType: data.audience },
		educationalLevel: data.audience,
		...(totals.hours > 0 ? { timeRequired: isoDuration(totals.hours) } : {}),
		inLanguage: 'fr',
		license: licenceOf(data.licence),
		version: data.version,
		dateModified: data.updated,
		...(provider ? { provider } : {}),
		hasPart: parts,
	};
}
