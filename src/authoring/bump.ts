// `npm run bump`: a new version of a module, deck, kit page or parcours, with its date and changelog entry.
import { readFileSync, writeFileSync } from 'node:fs';
import { SEMVER_PATTERN } from '../model/schemas/common.ts';
import { bumpVersion, type BumpLevel } from '../versioning/semver.ts';
import { VERSIONED_COLLECTIONS } from '../model/collections.ts';
import { AuthoringError } from './errors.ts';
import { findEntry } from './find-entry.ts';
import { FrontmatterEditor } from './frontmatter-edit.ts';

export interface BumpRequest {
	/** Absolute path of the content folder. */
	contentRoot: string;
	id: string;
	level: BumpLevel;
	summary: string;
	/** YYYY-MM-DD written in `updated` and the changelog entry. */
	date: string;
}

export interface BumpResult {
	path: string;
	from: string;
	to: string;
	/** Set when a derived content is now marked as modified from its original. */
	markedModified: boolean;
}

/** Rewrites the header of the file in place; everything else in the file is kept byte for byte. */
export function bumpEntry(request: BumpRequest): BumpResult {
	const summary = request.summary.trim();
	if (!summary) throw new AuthoringError('le résumé du changement (-m "…") est vide', 2);
	const entry = findEntry(request.contentRoot, request.id, VERSIONED_COLLECTIONS, 'module, support, page du kit ni parcours');
	const editor = new FrontmatterEditor(readFileSync(entry.path, 'utf8'), entry.path);
	const from = editor.document.get('version');
	if (typeof from !== 'string' || !SEMVER_PATTERN.test(from)) {
		throw new AuthoringError(`« ${request.id} » n’a pas de version lisible (version: 1.0.0 attendu) : corrigez-la avant de la monter`);
	}
	const to = bumpVersion(from, request.level);
	editor.setScalar('version', to);
	editor.setScalar('updated', request.date);
	editor.appendToList('changelog', { version: to, date: request.date, summary });
	// CC BY-SA asks an adaptation to say it was modified: a new version of derived content is a modification.
	const markedModified =
		(entry.collection === 'modules' || entry.collection === 'decks') &&
		editor.document.has('derivedFrom') &&
		editor.document.get('modified') !== true;
	if (markedModified) editor.setScalar('modified', true);
	writeFileSync(entry.path, editor.apply());
	return { path: entry.path, from, to, markedModified };
}
