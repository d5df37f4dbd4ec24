// The imsmanifest.xml of a module's SCORM 1.2 package, written from the model: one organisation
// with one item, one SCO (the page index.html, which carries everything inside itself), and the
// module's title, summary, keywords, version, authors and licence as IMS metadata (LOM 1.2.1), the
// way the SCORM 1.2 schemas vendored in ./schemas/ define them.
import type { ModuleEntry } from '../model/graph.ts';
import { LICENCE_URLS, licenceLabel } from '../model/licences.ts';
import type { Organisation } from '../model/schemas/organisation.ts';
import { xmlAttribute, xmlText } from '../security/escape.ts';
import { moduleLabel } from '../site/labels.ts';

/** The files of the SCORM 1.2 schemas, written at the root of every package beside the manifest. */
export const SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

/** The page of the package: the SCO, launched by the platform. */
export const SCO_FILE = 'index.html';

/**
 * The share of right answers a learner needs to pass, in percent. Written in the manifest
 * (adlcp:masteryscore), which a platform hands to the SCO as cmi.student_data.mastery_score.
 */
export const MASTERY_SCORE = 80;

export interface ManifestOptions {
	/** The publisher, named as the module's contributor when it has no authors. */
	organisation?: Organisation;
	/** Whether the package holds quizzes: only then does a mastery score make sense. */
	hasQuizzes: boolean;
}

const LANGUAGE = 'fr';

function langstring(text: string, language = LANGUAGE): string {
	return `<imsmd:langstring xml:lang="${language}">${xmlText(text)}</imsmd:langstring>`;
}

/** A LOM vocabulary pair: its source is LOMv1.0, its value one of that vocabulary's words. */
function vocabulary(element: string, value: string): string {
	return `<imsmd:${element}><imsmd:source>${langstring('LOMv1.0', 'x-none')}</imsmd:source><imsmd:value>${langstring(value, 'x-none')}</imsmd:value></imsmd:${element}>`;
}

/** A vCard 3.0 with a formatted name and, for a person of an organisation, that organisation. */
function vcard(name: string, organisation?: string): string {
	const escape = (value: string) => value.replace(/[\\,;]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
	return ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escape(name)}`, ...(organisation ? [`ORG:${escape(organisation)}`] : []), 'END:VCARD'].join('\n');
}

function contribute(role: string, name: string, organisation: string | undefined, date: string): string {
	return [
		'<imsmd:contribute>',
		vocabulary('role', role),
		`<imsmd:centity><imsmd:vcard>${xmlText(vcard(name, organisation))}</imsmd:vcard></imsmd:centity>`,
		`<imsmd:date><imsmd:datetime>${xmlText(date)}</imsmd:datetime></imsmd:date>`,
		'</imsmd:contribute>',
	].join('');
}

/** The identifier of the package: the same for every version of the module, so a platform can update it. */
export function manifestIdentifier(module: ModuleEntry): string {
	return `commun-formation-module-${module.id}`;
}

/** The imsmanifest.xml of the module's package. */
export function scormManifest(module: ModuleEntry, options: ManifestOptions): string {
	const data = module.data;
	const title = moduleLabel(module);
	const licence = licenceLabel(data.licence);
	const licenceUrl = LICENCE_URLS[data.licence];
	const rights = `Licence ${licence}${licenceUrl ? ` (${licenceUrl})` : ''} : reprise et adaptation permises en citant les auteur·rice·s${data.licence.includes('SA') ? ' et en partageant les modifications sous la même licence' : ''}.`;
	const authors = data.authors.length > 0
		? data.authors.map((author) => contribute('Author', author.name, author.organisation, data.updated))
		: options.organisation
			? [contribute('Publisher', options.organisation.name, undefined, data.updated)]
			: [];
	const item = [
		`<item identifier="item-${xmlAttribute(module.id)}" identifierref="sco-${xmlAttribute(module.id)}" isvisible="true">`,
		`<title>${xmlText(title)}</title>`,
		...(options.hasQuizzes ? [`<adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>`] : []),
		'</item>',
	];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${xmlAttribute(manifestIdentifier(module))}" version="${xmlAttribute(data.version)}"`,
		'  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
		'  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
		'  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"',
		'  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		'  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
		'<metadata>',
		'<schema>ADL SCORM</schema>',
		'<schemaversion>1.2</schemaversion>',
		'<imsmd:lom>',
		'<imsmd:general>',
		`<imsmd:title>${langstring(title)}</imsmd:title>`,
		`<imsmd:language>${LANGUAGE}</imsmd:language>`,
		`<imsmd:description>${langstring(data.summary)}</imsmd:description>`,
		...data.keywords.map((keyword) => `<imsmd:keyword>${langstring(keyword)}</imsmd:keyword>`),
		'</imsmd:general>',
		'<imsmd:lifecycle>',
		`<imsmd:version>${langstring(data.version)}</imsmd:version>`,
		vocabulary('status', 'Final'),
		...authors,
		'</imsmd:lifecycle>',
		'<imsmd:metametadata><imsmd:metadatascheme>ADL SCORM 1.2</imsmd:metadatascheme></imsmd:metametadata>',
		'<imsmd:technical><imsmd:format>text/html</imsmd:format></imsmd:technical>',
		'<imsmd:rights>',
		vocabulary('cost', 'no'),
		vocabulary('copyrightandotherrestrictions', 'yes'),
		`<imsmd:description>${langstring(rights)}</imsmd:description>`,
		'</imsmd:rights>',
		'</imsmd:lom>',
		'</metadata>',
		`<organizations default="organisation-${xmlAttribute(module.id)}">`,
		`<organization identifier="organisation-${xmlAttribute(module.id)}">`,
		`<title>${xmlText(title)}</title>`,
		...item,
		'</organization>',
		'</organizations>',
		'<resources>',
		`<resource identifier="sco-${xmlAttribute(module.id)}" type="webcontent" adlcp:scormtype="sco" href="${SCO_FILE}">`,
		`<file href="${SCO_FILE}"/>`,
		'</resource>',
		'</resources>',
		'</manifest>',
		'',
	].join('\n');
}
