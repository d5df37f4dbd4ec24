// The catalogue in LHÉO 2.3 (« Langage harmonisé d'échange d'informations sur l'offre de
// formation »), the format the Carif-Oref network reads: one <formation> per module, its <action>
// carrying the practical information, and the organisation responsible for it. LHÉO requires of
// the organisation a SIRET, an activity declaration number and an address; without them there is
// no file, and `lheoMissing` names what to fill in organisation.yaml.
import type { Root, RootContent } from 'mdast';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { FORMACODE_VERSION } from '../model/code-lists/index.ts';
import { formatHours, formatMinutes } from '../model/format.ts';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import { fieldMeta } from '../model/schema-walk.ts';
import { OrganisationSchema, type Organisation } from '../model/schemas/index.ts';
import type { Contact } from '../model/schemas/training.ts';
import { practicalInfo } from '../model/training-info.ts';
import { entryPath } from '../site/urls.ts';
import type { SiteAddress } from './site-address.ts';

export const LHEO_NAMESPACE = 'http://lheo.gouv.fr/2.3';

/** What LHÉO requires of the organisation responsible for the trainings, as paths in organisation.yaml. */
const REQUIRED_ORGANISATION_FIELDS = [['siret'], ['registration', 'number'], ['address', 'street'], ['address', 'postalCode']] as const;

/** A module's fields LHÉO requires, given by the module or else by organisation.yaml's `training`. */
const REQUIRED_TRAINING_FIELDS = ['audienceCodes'] as const;

export interface MissingField {
	/** "registration.number" */
	path: string;
	/** « numéro de déclaration d’activité » */
	title: string;
	/** Why a value that is there does not do: « 14 chiffres attendus ». */
	invalid?: string;
}

/** « numéro SIRET invalide (« siret » : 14 chiffres attendus) ; il manque code postal (« address.postalCode ») ». */
export function describeMissing(fields: readonly MissingField[]): string {
	const invalid = fields.filter((field) => field.invalid).map((field) => `${field.title} invalide (« ${field.path} » : ${field.invalid})`);
	const absent = fields.filter((field) => !field.invalid).map((field) => `${field.title} (« ${field.path} »)`);
	return [...invalid, ...(absent.length > 0 ? [`il manque ${absent.join(', ')}`] : [])].join(' ; ');
}

function digits(text: string): string {
	return text.replace(/[\s.-]/g, '');
}

function valueAt(organisation: Organisation, path: readonly string[]): unknown {
	let value: unknown = organisation;
	for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return value;
}

/** The fields organisation.yaml must give before lheo.xml can be written; none when it can. */
export function lheoMissing(organisation: Organisation | undefined): MissingField[] {
	const named = (path: readonly string[], invalid?: string): MissingField => ({
		path: path.join('.'),
		title: fieldMeta(OrganisationSchema, path)?.title ?? path.at(-1)!,
		...(invalid ? { invalid } : {}),
	});
	return REQUIRED_ORGANISATION_FIELDS.flatMap((path): MissingField[] => {
		const value = organisation ? valueAt(organisation, path) : undefined;
		if (typeof value !== 'string') return [named(path)];
		if (path[0] === 'siret' && !/^\d{14}$/.test(digits(value))) return [named(path, '14 chiffres attendus')];
		if (path[0] === 'registration' && !/^\d{11}$/.test(digits(value))) return [named(path, '11 chiffres attendus')];
		if (path[1] === 'postalCode' && !/^\d{5}$/.test(value.trim())) return [named(path, '5 chiffres attendus')];
		return [];
	});
}

/** Modules LHÉO cannot describe, and the field each lacks (in the sheet or under `training:`). */
export function lheoModulesLeftOut(graph: ContentGraph): { module: string; missing: string[] }[] {
	return graph.modulesInCatalogueOrder().flatMap((module) => {
		const missing = REQUIRED_TRAINING_FIELDS.filter((field) => (module.data[field] ?? graph.organisation?.training?.[field]) === undefined);
		return missing.length > 0 ? [{ module: module.id, missing: [...missing] }] : [];
	});
}

/** A text cut to LHÉO's length at a word, with an ellipsis when it was cut. */
export function fit(text: string, max: number): string {
	const flat = text
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Up to `count` lines of at most `width` characters, cut at words; undefined when the text does not fit. */
function lines(text: string, width: number, count: number): string[] | undefined {
	const result: string[] = [];
	let current = '';
	for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
		if (word.length > width) return undefined;
		if (current && `${current} ${word}`.length > width) {
			result.push(current);
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) result.push(current);
	return result.length > 0 && result.length <= count ? result : undefined;
}

function textOf(node: Root | RootContent): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The titles of the body's sections (« ## »): what the sheet shows under « Contenus ». */
function contentHeadings(graph: ContentGraph, module: ModuleEntry): string[] {
	const tree = graph.treeOf(module);
	return (tree?.children ?? []).flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [textOf(node).trim()] : [])).filter(Boolean);
}

function bulleted(items: string[]): string {
	return items.map((item) => `- ${item}`).join('\n');
}

/** <coordonnees> of a person or service: name, phone, e-mail, each within LHÉO's lengths. */
function contactDetails(parent: XMLBuilder, contact: { name?: string; phone?: string; email?: string }, web?: string): void {
	const details = parent.ele('coordonnees');
	if (contact.name) details.ele('nom').txt(fit(contact.name, 50));
	if (contact.phone) details.ele('telfixe').ele('numtel').txt(fit(contact.phone, 25));
	if (contact.email) details.ele('courriel').txt(contact.email);
	if (web) details.ele('web').ele('urlweb').txt(web);
}

function postalAddress(parent: XMLBuilder, organisation: Organisation): void {
	const address = organisation.address;
	const node = parent.ele('adresse');
	for (const line of lines(address.street!, 50, 4) ?? [fit(address.street!, 50)]) node.ele('ligne').txt(line);
	node.ele('codepostal').txt(address.postalCode!.trim());
	node.ele('ville').txt(fit(address.city, 50));
}

const TEACHING_MODES = { presentiel: '0', mixte: '1', distanciel: '2' } as const;

function formation(offres: XMLBuilder, graph: ContentGraph, module: ModuleEntry, address: SiteAddress): void {
	const organisation = graph.organisation!;
	const data = module.data;
	const defaults = organisation.training;
	const practical = practicalInfo(data, organisation);
	const page = address(entryPath('modules', module.id));
	const node = offres.ele('formation', { numero: module.id });

	const field = node.ele('domaine-formation');
	for (const code of data.formacode ?? defaults?.formacode ?? []) field.ele('code-FORMACODE', { ref: FORMACODE_VERSION }).txt(code);
	for (const code of data.nsf ?? defaults?.nsf ?? []) field.ele('code-NSF').txt(code);

	node.ele('intitule-formation').txt(fit(`Module ${data.number} · ${data.title}`, 255));
	node.ele('objectif-formation').txt(fit(`${data.summary}\n${bulleted(data.objectives.map((objective) => objective.text))}`, 3000));
	node
		.ele('resultats-attendus')
		.txt(fit(bulleted(data.objectives.map((objective) => (objective.assessedBy ? `${objective.text} (évalué par : ${objective.assessedBy})` : objective.text))), 3000));
	const headings = contentHeadings(graph, module);
	node.ele('contenu-formation').txt(fit(headings.length > 0 ? bulleted(headings) : data.summary, 3000));
	node.ele('certifiante').txt('0');
	const contact = practical.contacts.pedagogical?.value ?? practical.contacts.administrative?.value;
	contactDetails(node.ele('contact-formation'), contact ?? { name: organisation.contact.person, phone: organisation.contact.phone, email: organisation.contact.email });
	// In a group, the same programme for everyone (« en groupe (non personnalisable) »).
	node.ele('parcours-de-formation').txt('1');
	// « sans niveau spécifique »: the commons' trainings ask for competences, not a diploma.
	node.ele('code-niveau-entree').txt('1');
	node.ele('url-formation').ele('urlweb').txt(page);

	const action = node.ele('action', { numero: module.id });
	const rhythm = [
		data.duration !== undefined ? `${formatHours(data.duration)} de formation` : undefined,
		`à partir de ${formatMinutes(practical.startTime.value).replace(/^(\d+) h 00$/, '$1 h')}`,
	].filter(Boolean);
	action.ele('rythme-formation').txt(fit(rhythm.join(', '), 3000));
	for (const code of data.audienceCodes ?? defaults?.audienceCodes ?? []) action.ele('code-public-vise', { ref: FORMACODE_VERSION }).txt(code);
	if (data.audience) action.ele('info-public-vise').txt(fit(data.audience, 250));
	action.ele('niveau-entree-obligatoire').txt('0');
	action.ele('modalites-alternance').txt('Formation sans alternance.');
	action.ele('modalites-enseignement').txt(TEACHING_MODES[practical.format?.value ?? 'presentiel']);
	const prerequisites = graph.prerequisites(module.id).map((link) => {
		if (link.kind === 'competence') return link.text;
		const ids = link.kind === 'module' ? [link.moduleId] : link.moduleIds;
		const titles = ids.map((id) => graph.get('modules', id)).flatMap((other) => (other ? [`module ${other.data.number} « ${other.data.title} »`] : []));
		return `Avoir suivi le ${titles.join(' ou le ')}`;
	});
	action.ele('conditions-specifiques').txt(fit(prerequisites.length > 0 ? bulleted(prerequisites) : 'Aucun prérequis.', 3000));
	// A training that costs something may be paid by a funder (OPCO…); a free one has nothing to fund.
	action.ele('prise-en-charge-frais-possible').txt(practical.price?.value.kind === 'free' ? '0' : '1');
	const place = practical.location && lines(practical.location.value, 50, 3);
	if (place) {
		const details = action.ele('lieu-de-formation').ele('coordonnees');
		for (const line of place) details.ele('ligne').txt(line);
	}
	// Sessions are set with each organisation that asks for one: dates at fixed times, not yet known.
	action.ele('modalites-entrees-sorties').txt('0');
	action.ele('url-action').ele('urlweb').txt(page);
	const session = action.ele('session');
	session.ele('periode').ele('debut').txt('00000000').up().ele('fin').txt('99999999');
	postalAddress(session.ele('adresse-inscription'), organisation);
	if (practical.disabilityAccess) action.ele('acces-handicapes').txt(fit(practical.disabilityAccess.value, 250));
	if (data.duration !== undefined) action.ele('duree-indicative').txt(`${formatHours(data.duration)}`);
	if (data.duration !== undefined && Number.isInteger(data.duration)) action.ele('nombre-heures-total').txt(String(data.duration));

	const responsible = node.ele('organisme-formation-responsable');
	responsible.ele('numero-activite').txt(digits(organisation.registration!.number));
	responsible.ele('SIRET-organisme-formation').ele('SIRET').txt(digits(organisation.siret!));
	responsible.ele('nom-organisme').txt(fit(organisation.name, 250));
	responsible.ele('raison-sociale').txt(fit(organisation.legalName ?? organisation.name, 250));
	const details = responsible.ele('coordonnees-organisme').ele('coordonnees');
	postalAddress(details, organisation);
	if (organisation.contact.phone) details.ele('telfixe').ele('numtel').txt(fit(organisation.contact.phone, 25));
	details.ele('courriel').txt(organisation.contact.email);
	details.ele('web').ele('urlweb').txt(address('/'));
	const administrative: Partial<Contact> = practical.contacts.administrative?.value ?? {};
	contactDetails(responsible.ele('contact-organisme'), {
		name: administrative.name ?? organisation.contact.person,
		phone: administrative.phone ?? organisation.contact.phone,
		email: administrative.email ?? organisation.contact.email,
	});
}

/** lheo.xml, or what organisation.yaml must give first. Modules without what LHÉO needs are left out. */
export function buildLheo(graph: ContentGraph, address: SiteAddress): { xml: string } | { missing: MissingField[] } {
	const missing = lheoMissing(graph.organisation);
	if (missing.length > 0) return { missing };
	const leftOut = new Set(lheoModulesLeftOut(graph).map((entry) => entry.module));
	const modules = graph.modulesInCatalogueOrder().filter((module) => !leftOut.has(module.id));
	const document = create({ version: '1.0', encoding: 'UTF-8' });
	const offres = document.ele(LHEO_NAMESPACE, 'lheo').ele('offres');
	for (const module of modules) formation(offres, graph, module, address);
	return { xml: document.end({ prettyPrint: true }) };
}
