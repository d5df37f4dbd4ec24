// `npm run upstream`: how a fork's adapted modules stand against the commons they come from.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { extensionsOf } from '../model/collections.ts';
import { createTwoFilesPatch } from 'diff';
import type { ModuleEntry } from '../model/graph.ts';
import { loadProject, type Project } from '../model/project.ts';
import type { ChangelogEntry } from '../model/schemas/index.ts';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { git } from '../versioning/git.ts';
import { compareVersions } from '../versioning/semver.ts';
import { AuthoringError } from './errors.ts';

export interface Upstream {
	project: Project;
	/** What the user gave (folder or git address), for messages. */
	label: string;
	/** Removes a temporary clone. */
	dispose(): void;
}

const GIT_ADDRESS = /^(?:[a-z+]+:\/\/|git@|file:)|\.git\/?$/;

/** Opens the upstream commons: a project folder, its content folder, or a git address (shallow clone). */
export function openUpstream(from: string): Upstream {
	const local = resolve(from);
	if (existsSync(local) && statSync(local).isDirectory()) {
		if (existsSync(join(local, 'content')) && statSync(join(local, 'content')).isDirectory()) {
			return { project: loadProject({ root: local, contentDir: 'content' }), label: from, dispose: () => {} };
		}
		if (existsSync(join(local, 'modules'))) {
			return { project: loadProject({ root: dirname(local), contentDir: basename(local) }), label: from, dispose: () => {} };
		}
		throw new AuthoringError(`« ${from} » ne contient ni dossier content/ ni dossier modules/`);
	}
	if (!GIT_ADDRESS.test(from)) throw new AuthoringError(`amont introuvable « ${from} » : indiquez un dossier ou une adresse git`);
	const work = mkdtempSync(join(tmpdir(), 'commun-amont-'));
	// The whole history (file contents fetched on demand): diff reads the version a fork started from.
	const clone = git(work, ['clone', '--quiet', '--filter=blob:none', from, 'amont']);
	if (!clone.ok) {
		rmSync(work, { recursive: true, force: true });
		throw new AuthoringError(`impossible de récupérer « ${from} » avec git : ${clone.stderr.trim().split('\n').at(-1) ?? ''}`);
	}
	return {
		project: loadProject({ root: join(work, 'amont'), contentDir: 'content' }),
		label: from,
		dispose: () => rmSync(work, { recursive: true, force: true }),
	};
}

export type UpstreamState =
	/** Upstream published versions after the one the module was adapted from. */
	| { kind: 'behind'; upstreamVersion: string; newer: ChangelogEntry[] }
	| { kind: 'up-to-date'; upstreamVersion: string }
	/** The module names no version of its original: every upstream entry is listed. */
	| { kind: 'unknown-base'; upstreamVersion: string; newer: ChangelogEntry[] }
	/** The original is gone from the upstream commons (renamed or removed). */
	| { kind: 'missing' }
	/** The original's file is there but cannot be read (invalid YAML, a field the schema refuses). */
	| { kind: 'unreadable'; file: string; problem: string };

export interface DerivedModuleStatus {
	id: string;
	file: string;
	originalId: string;
	baseVersion?: string;
	state: UpstreamState;
}

function namesOf(project: Project): string[] {
	const organisation = project.graph.organisation;
	return [organisation?.name, organisation?.shortName].filter((name): name is string => Boolean(name));
}

/** The upstream file of a module the upstream could not load, with its first error, if there is one. */
function unreadableOriginal(upstream: Project, id: string): { file: string; problem: string } | undefined {
	const { root, contentDir, messages } = upstream.content;
	for (const extension of extensionsOf('markdown')) {
		const file = posix.join(contentDir, 'modules', `${id}${extension}`);
		if (!existsSync(join(root, file))) continue;
		const error = messages.find((message) => message.file === file && message.severity === 'error');
		return { file, problem: error ? `${error.line ?? 1}:${error.column ?? 1} ${error.reason}` : 'fichier illisible' };
	}
	return undefined;
}

/** Each adapted module of the fork whose original is (or was) in the upstream commons. */
export function upstreamStatus(fork: Project, upstream: Project): DerivedModuleStatus[] {
	const upstreamNames = namesOf(upstream);
	const rows: DerivedModuleStatus[] = [];
	for (const module of fork.graph.modulesInCatalogueOrder()) {
		const origin = module.data.derivedFrom;
		if (!origin?.id) continue;
		const original = upstream.graph.get('modules', origin.id);
		const base = { id: module.id, file: module.file, originalId: origin.id, baseVersion: origin.version };
		if (!original) {
			// Modules adapted from another source (a catalogue the commons itself adapted) are not upstream's.
			if (upstreamNames.includes(origin.source) || fork.graph.organisation?.upstream?.name === origin.source) {
				const unreadable = unreadableOriginal(upstream, origin.id);
				rows.push({ ...base, state: unreadable ? { kind: 'unreadable', ...unreadable } : { kind: 'missing' } });
			}
			continue;
		}
		const upstreamVersion = original.data.version;
		if (origin.version === undefined) {
			rows.push({ ...base, state: { kind: 'unknown-base', upstreamVersion, newer: original.data.changelog } });
		} else if (compareVersions(upstreamVersion, origin.version) > 0) {
			const newer = original.data.changelog.filter((change) => compareVersions(change.version, origin.version!) > 0);
			rows.push({ ...base, state: { kind: 'behind', upstreamVersion, newer } });
		} else {
			rows.push({ ...base, state: { kind: 'up-to-date', upstreamVersion } });
		}
	}
	return rows;
}

export function formatUpstreamStatus(rows: readonly DerivedModuleStatus[], label: string): string {
	if (rows.length === 0) return `Aucun module adapté de « ${label} » (aucun derivedFrom dont l’original s’y trouve).`;
	const lines = [`Modules adaptés, comparés à l’amont « ${label} » :`, ''];
	for (const row of rows) {
		const from = `adapté de « ${row.originalId} »${row.baseVersion ? ` version ${row.baseVersion}` : ''}`;
		const state = row.state;
		if (state.kind === 'missing') {
			lines.push(`${row.id} (${row.file}) : ${from} ; ce module n’existe plus dans l’amont (renommé ou retiré)`);
		} else if (state.kind === 'unreadable') {
			lines.push(`${row.id} (${row.file}) : ${from} ; l’original est illisible dans l’amont (${state.file}:${state.problem}) : impossible de dire s’il a changé`);
		} else if (state.kind === 'up-to-date') {
			lines.push(`${row.id} (${row.file}) : ${from} ; à jour (l’amont est en version ${state.upstreamVersion})`);
		} else {
			const intro =
				state.kind === 'behind'
					? `l’amont a publié ${state.newer.length > 1 ? 'des versions plus récentes' : 'une version plus récente'}, jusqu’à la ${state.upstreamVersion} :`
					: `version d’origine inconnue (ajoutez derivedFrom.version) ; l’amont est en version ${state.upstreamVersion} :`;
			lines.push(`${row.id} (${row.file}) : ${from} ; ${intro}`);
			if (state.newer.length === 0) lines.push('    (le journal de l’amont ne décrit pas ces versions)');
			for (const change of state.newer) lines.push(`    ${change.version} (${change.date}) : ${change.summary}`);
		}
	}
	lines.push('', summary(rows));
	return lines.join('\n');
}

/** The last line: « à jour » only when every row is; otherwise each kind of row counted. */
function summary(rows: readonly DerivedModuleStatus[]): string {
	const count = (kind: UpstreamState['kind']) => rows.filter((row) => row.state.kind === kind).length;
	if (count('up-to-date') === rows.length) return 'Tous les modules adaptés sont à jour.';
	const modules = (n: number) => `${n} module${n > 1 ? 's' : ''}`;
	const parts = [
		count('behind') > 0 && `${modules(count('behind'))} en retard sur l’amont (« npm run upstream -- diff <identifiant> » montre ce qui a changé)`,
		count('unknown-base') > 0 && `${modules(count('unknown-base'))} sans version d’origine`,
		count('unreadable') > 0 && `${modules(count('unreadable'))} dont l’original est illisible dans l’amont`,
		count('missing') > 0 && `${modules(count('missing'))} dont l’original n’existe plus dans l’amont`,
		count('up-to-date') > 0 && `${modules(count('up-to-date'))} à jour`,
	].filter((part): part is string => Boolean(part));
	return `${parts.join(' ; ')}.`;
}

/** The text of `file` (relative to the upstream's root) as it was at `version`, read from git history. */
export function originalAtVersion(upstream: Project, file: string, version: string): string | undefined {
	const root = upstream.content.root;
	const log = git(root, ['log', '--format=%H', '--', file]);
	if (!log.ok) return undefined;
	for (const commit of log.stdout.split('\n').filter(Boolean)) {
		const shown = git(root, ['show', `${commit}:./${file}`]);
		if (!shown.ok) continue;
		const split = splitFrontmatter(shown.stdout);
		if (split.kind !== 'ok') continue;
		if (String(parseDocument(split.yaml).get('version')) === version) return shown.stdout;
	}
	return undefined;
}

/**
 * What upstream changed in the original since the version the fork adapted (read from upstream's
 * git history), then the fork's own changes since that same version: two diffs, never mixed.
 * Without that version in the history, the current original next to the module, said as such.
 */
export function upstreamDiff(fork: Project, upstream: Project, id: string): string {
	const module = fork.graph.get('modules', id) as ModuleEntry | undefined;
	if (!module) throw new AuthoringError(`aucun module n’a l’identifiant « ${id} »`);
	const originalId = module.data.derivedFrom?.id;
	if (!originalId) throw new AuthoringError(`le module « ${id} » n’indique pas d’original (derivedFrom.id) : rien à comparer`);
	const original = upstream.graph.get('modules', originalId);
	if (!original) {
		const unreadable = unreadableOriginal(upstream, originalId);
		if (unreadable) throw new AuthoringError(`l’original « ${originalId} » est illisible dans l’amont (${unreadable.file}:${unreadable.problem})`);
		throw new AuthoringError(`l’original « ${originalId} » n’existe pas dans l’amont`);
	}
	const read = (project: Project, file: string) => readFileSync(join(project.content.root, file), 'utf8');
	const current = read(upstream, original.file);
	const mine = read(fork, module.file);
	const base = module.data.derivedFrom?.version;
	const atBase = base === undefined ? undefined : originalAtVersion(upstream, original.file, base);
	if (base === undefined || atBase === undefined) {
		const why =
			base === undefined
				? `le module « ${id} » ne dit pas quelle version il a adaptée (derivedFrom.version)`
				: `la version ${base} de « ${originalId} » est introuvable dans l’historique git de l’amont`;
		const patch = createTwoFilesPatch(
			`amont/${original.file}`,
			module.file,
			current,
			mine,
			`version ${original.data.version} de l’amont`,
			`votre version ${module.data.version}`,
		);
		return `${why} : voici l’original actuel à côté de votre module, leurs changements mêlés.\n\n${patch}`;
	}
	const upstreamChanges =
		current === atBase
			? `L’amont n’a rien changé à « ${originalId} » depuis la version ${base} que vous avez adaptée.`
			: `Ce que l’amont a changé dans « ${originalId} » depuis la version ${base} que vous avez adaptée (il est en version ${original.data.version}) :\n\n` +
				createTwoFilesPatch(`amont/${original.file}`, `amont/${original.file}`, atBase, current, `version ${base}`, `version ${original.data.version}`);
	const ownChanges =
		`Vos propres changements depuis cette version ${base} (votre version ${module.data.version}) :\n\n` +
		createTwoFilesPatch(`amont/${original.file}`, module.file, atBase, mine, `version ${base} de l’amont`, `votre version ${module.data.version}`);
	return `${upstreamChanges}\n\n${ownChanges}`;
}
