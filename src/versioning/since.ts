// `npm run check -- --since <ref>`: content changed since a git revision must say so with a new
// version and a changelog entry, so that readers and forks know what moved.
import { createMessage, type ContentMessage } from '../model/diagnostics.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Project } from '../model/project.ts';
import type { ChangelogEntry } from '../model/schemas/index.ts';
import { readYamlValue } from '../model/yaml-document.ts';
import { changedSince, fileAt, isGitRepository, revisionExists } from './git.ts';
import { compareVersions } from './semver.ts';
import { isVersionedCollection } from '../model/collections.ts';

export const UNVERSIONED_CHANGE = 'unversioned-change';

export const UNVERSIONED_CHANGE_DESCRIPTION =
	'Avec --since : un module, un support, une page du kit ou un parcours modifié depuis la révision donnée a une nouvelle version et un élément de journal.';

export class SinceError extends Error {}

interface Versioned {
	version: string;
	changelog: ChangelogEntry[];
}

/** The version a file declared in its header, read with the model's own YAML reader. */
function versionIn(text: string): string | undefined {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') return undefined;
	const read = readYamlValue(split.yaml);
	if (!read.ok || typeof read.value !== 'object' || read.value === null) return undefined;
	const version = (read.value as { version?: unknown }).version;
	return typeof version === 'string' ? version : undefined;
}

/** Messages for every versioned entry changed since `ref` without a bump and a changelog entry. */
export function checkSince(project: Project, ref: string): ContentMessage[] {
	const { root, contentDir } = project.content;
	if (!isGitRepository(root)) throw new SinceError('--since demande un dépôt git : ce dossier n’en est pas un');
	if (!revisionExists(root, ref)) {
		throw new SinceError(`révision git inconnue « ${ref} » (une branche, une étiquette ou un commit, par exemple origin/main)`);
	}
	const byFile = new Map(project.content.entries.map((entry) => [entry.file, entry]));
	const messages: ContentMessage[] = [];
	for (const changed of changedSince(root, ref, contentDir)) {
		if (changed.status !== 'M' && changed.status !== 'T') continue;
		const entry = byFile.get(changed.path);
		if (!entry || !isVersionedCollection(entry.collection)) continue;
		const before = fileAt(root, ref, changed.path);
		const oldVersion = before === undefined ? undefined : versionIn(before);
		if (oldVersion === undefined) continue;
		const message = problemOf(entry, oldVersion, ref);
		if (message) messages.push(message);
	}
	return messages;
}

function problemOf(entry: LoadedEntry, oldVersion: string, ref: string): ContentMessage | undefined {
	const { version, changelog } = entry.data as Versioned;
	const bump = `npm run bump -- ${entry.id} patch -m "ce qui a changé"`;
	const at = (path: string[]) => ({ file: entry.file, point: entry.locate(path), ruleId: UNVERSIONED_CHANGE, severity: 'error' as const });
	const order = compareVersions(version, oldVersion);
	if (order === 0) {
		return createMessage({
			...at(['version']),
			message: `contenu modifié depuis ${ref} sans nouvelle version (toujours ${version})`,
			hint: `lancez ${bump} (minor pour un ajout, major pour une refonte) : la version, la date et le journal sont mis à jour`,
		});
	}
	if (order < 0) {
		return createMessage({
			...at(['version']),
			message: `la version a baissé depuis ${ref} : ${oldVersion} avant, ${version} maintenant`,
			hint: `remettez au moins ${oldVersion}, puis lancez ${bump}`,
		});
	}
	if (!changelog.some((change) => change.version === version)) {
		return createMessage({
			...at(changelog.length > 0 ? ['changelog'] : ['version']),
			message: `la version passe de ${oldVersion} à ${version} mais le journal (changelog) ne dit pas ce qui a changé`,
			hint: `ajoutez à la fin de « changelog » : - { version: ${version}, date: AAAA-MM-JJ, summary: "ce qui a changé" }`,
		});
	}
	return undefined;
}
