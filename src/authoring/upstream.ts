// `npm run upstream`: how a fork's adapted modules stand against the commons they come from.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { ModuleEntry } from '../model/graph.ts';
import { loadProject, type Project } from '../model/project.ts';
import type { ChangelogEntry } from '../model/schemas/index.ts';
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
	const clone = git(work, ['clone', '--quiet', '--depth', '1', from, 'amont']);
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
	| { kind: 'missing' };

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
				rows.push({ ...base, state: { kind: 'missing' } });
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
	const behind = rows.filter((row) => row.state.kind === 'behind').length;
	lines.push('', behind === 0 ? 'Tous les modules adaptés sont à jour.' : `${behind} module${behind > 1 ? 's' : ''} en retard sur l’amont : « npm run upstream -- diff <identifiant> » montre les différences.`);
	return lines.join('\n');
}

/** The fork's module next to its upstream original, as a unified diff (upstream first). */
export function upstreamDiff(fork: Project, upstream: Project, id: string): string {
	const module = fork.graph.get('modules', id) as ModuleEntry | undefined;
	if (!module) throw new AuthoringError(`aucun module n’a l’identifiant « ${id} »`);
	const originalId = module.data.derivedFrom?.id;
	if (!originalId) throw new AuthoringError(`le module « ${id} » n’indique pas d’original (derivedFrom.id) : rien à comparer`);
	const original = upstream.graph.get('modules', originalId);
	if (!original) throw new AuthoringError(`l’original « ${originalId} » n’existe pas dans l’amont`);
	const read = (project: Project, file: string) => readFileSync(join(project.content.root, file), 'utf8');
	const patch = createTwoFilesPatch(
		`amont/${original.file}`,
		module.file,
		read(upstream, original.file),
		read(fork, module.file),
		`version ${original.data.version} de l’amont`,
		`votre version ${module.data.version}, adaptée de la ${module.data.derivedFrom?.version ?? '?'}`,
	);
	return patch;
}
