// `npm run fork`: a copy of a module as an adaptation of its own, that names its original
// (CC BY-SA asks to credit it, link to it, give its licence and say it was modified).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { loadOrganisation } from '../model/load.ts';
import { AuthoringError } from './errors.ts';
import { findEntry, idsIn } from './find-entry.ts';
import { assertFreeId } from './new-entry.ts';
import type { Organisation } from '../model/schemas/organisation.ts';
import { DEFAULT_LICENCE } from '../model/schemas/common.ts';
import { ModuleNumberSchema } from '../model/schemas/module.ts';

export interface ForkRequest {
	root: string;
	contentDir: string;
	id: string;
	as: string;
	number?: string;
	authors?: string[];
	date: string;
}

export interface ForkResult {
	path: string;
	number: string;
	source: string;
	notes: string[];
}

/**
 * Where the copied module comes from: the commons the fork follows (`upstream` in organisation.yaml).
 * Without it the copy would credit the publisher itself as the origin, silently: refused.
 */
export function originOf(organisation: Organisation | undefined): { name: string; site?: string } {
	if (organisation?.upstream) return { name: organisation.upstream.name, site: organisation.upstream.site };
	throw new AuthoringError(
		'organisation.yaml ne dit pas de quel commun vient ce module : ajoutez le commun d’origine, par exemple\n' +
			'  upstream:\n    name: Commun de formation — Inclusion numérique\n    site: https://adresse-du-commun/\n    repository: https://adresse-du-depot-du-commun.git\n' +
			'La copie le citera comme origine (derivedFrom), comme le demande la licence CC BY-SA, et « npm run upstream » saura où comparer.',
	);
}

/** "3" → "3A", "10A" → "10B": the first free number next to the original's. */
export function numberNextTo(number: string, taken: ReadonlySet<string>): string {
	const match = /^(\d+)([A-Z]?)$/.exec(number);
	if (!match) return number;
	const [, digits, letter] = match;
	for (let code = letter ? letter.charCodeAt(0) + 1 : 65; code <= 90; code++) {
		const candidate = `${digits}${String.fromCharCode(code)}`;
		if (!taken.has(candidate)) return candidate;
	}
	let next = Number(digits) + 1;
	while (taken.has(String(next))) next++;
	return String(next);
}

function moduleNumbers(contentRoot: string, except: string): Set<string> {
	const numbers = new Set<string>();
	for (const id of idsIn(contentRoot, 'modules')) {
		if (id === except) continue;
		const found = findEntry(contentRoot, id, ['modules'], 'module');
		const split = splitFrontmatter(readFileSync(found.path, 'utf8'));
		if (split.kind !== 'ok') continue;
		const number = ModuleNumberSchema.safeParse(parseDocument(split.yaml).get('number'));
		if (number.success) numbers.add(number.data);
	}
	return numbers;
}

export function forkModule(request: ForkRequest): ForkResult {
	const contentRoot = join(request.root, request.contentDir);
	const original = findEntry(contentRoot, request.id, ['modules'], 'module');
	const path = assertFreeId(contentRoot, 'modules', request.as);
	const text = readFileSync(original.path, 'utf8');
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') throw new AuthoringError(`le module « ${request.id} » n’a pas d’en-tête lisible : lancez « npm run check »`);
	const document = parseDocument(split.yaml);
	if (document.errors.length > 0 || !isMap(document.contents)) {
		throw new AuthoringError(`l’en-tête du module « ${request.id} » est invalide : lancez « npm run check »`);
	}
	const notes: string[] = [];
	const { organisation } = loadOrganisation({ root: request.root, contentDir: request.contentDir });
	const origin = originOf(organisation?.data);

	const originalVersion = document.get('version');
	const originalLicence = document.get('licence') ?? DEFAULT_LICENCE;
	const originalAuthors = document.get('authors', true);
	const earlier = document.get('derivedFrom', true);
	const title = String(document.get('title') ?? request.id);

	const taken = moduleNumbers(contentRoot, request.as);
	let number = request.number;
	if (number === undefined) {
		number = numberNextTo(String(document.get('number') ?? ''), taken);
		notes.push(`numéro ${number} choisi à côté de celui de l’original (--number pour un autre)`);
	} else if (taken.has(number) && number !== String(document.get('number'))) {
		throw new AuthoringError(`le numéro « ${number} » est déjà pris par un autre module`);
	}

	const derivedFrom = document.createNode({
		source: origin.name,
		id: request.id,
		...(typeof originalVersion === 'string' ? { version: originalVersion } : {}),
		...(origin.site ? { url: `${origin.site.replace(/\/+$/, '')}/modules/${request.id}/` } : {}),
		licence: originalLicence,
	}) as unknown as YAMLMap<string, unknown>;
	if (isSeq(originalAuthors) && originalAuthors.items.length > 0) derivedFrom.set('authors', originalAuthors);
	if (isMap(earlier)) {
		// The original was itself adapted: its origin, and that one's, follow the new one (nearest first).
		const { earlier: older, ...level } = earlier.toJSON() as Record<string, unknown> & { earlier?: unknown[] };
		derivedFrom.set('earlier', document.createNode([level, ...(Array.isArray(older) ? older : [])]));
		notes.push(`l’original était adapté de « ${String(level.source)} » : cette origine est gardée dans derivedFrom.earlier`);
	}

	document.set('number', number);
	document.set('version', '1.0.0');
	document.set('updated', request.date);
	document.set(
		'changelog',
		document.createNode([
			{
				version: '1.0.0',
				date: request.date,
				summary: `Adaptation du module « ${title} » (${request.id}${typeof originalVersion === 'string' ? `, version ${originalVersion}` : ''}) ; origine : ${origin.name}.`,
			},
		]),
	);
	if (request.authors && request.authors.length > 0) document.set('authors', request.authors.map((name) => ({ name })));
	else document.delete('authors');
	document.delete('contributors');
	if (originalLicence !== DEFAULT_LICENCE) document.set('licence', DEFAULT_LICENCE);
	document.set('derivedFrom', derivedFrom);
	document.set('modified', true);

	// Keep the original's list style: "[a, b]" stays without inner spaces when that is how it was written.
	const padded = !/[[{][^\s\]}]/.test(split.yaml) || /[[{] /.test(split.yaml);
	const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: padded });
	writeFileSync(path, `${text.slice(0, split.yamlOffset)}${yaml}${text.slice(split.yamlOffset + split.yaml.length)}`);
	return { path, number, source: origin.name, notes };
}
