// `npm run retirer`: removes modules from a catalogue and every reference to them, so that the
// check passes afterwards: prerequisites (all three shapes), follow-ups, parcours steps, the module
// lists of personas, roles, glossary terms and decks, `:module[…]` and links to the module's pages
// in any text (turned into their plain words). Each versioned content it touched gets a patch
// version saying why. The references come from the model (src/model/references.ts), the same list
// the check reads, so a reference the check knows is a reference this command rewrites.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Link, Nodes, Root } from 'mdast';
import { isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { isVersionedCollection } from '../model/collections.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Project } from '../model/project.ts';
import { frontmatterReferences } from '../model/references.ts';
import { offsetOf } from '../checks/support/places.ts';
import { pageOf } from '../site/page-index.ts';
import { bumpEntry } from './bump.ts';
import { AuthoringError } from './errors.ts';
import { FrontmatterEditor } from './frontmatter-edit.ts';

export interface RetireRequest {
	project: Project;
	ids: readonly string[];
	/** YYYY-MM-DD of the new versions. */
	date: string;
}

export interface RetiredFile {
	/** Path from the project root. */
	file: string;
	/** What changed, in French, one line each. */
	changes: string[];
	/** "1.2.0 → 1.2.1" when the content was versioned. */
	version?: string;
}

export interface RetireResult {
	removed: string[];
	edited: RetiredFile[];
	/** Contents left invalid by the removal (a parcours without steps): for the person to decide. */
	warnings: string[];
}

type Path = readonly (string | number)[];

const FIELD_NAMES: Record<string, string> = {
	prerequisites: 'prérequis',
	followUps: 'prolongements',
	steps: 'étapes',
	modules: 'modules',
};

/** What to do to a header for one reference: remove a list item, or a key of an item. */
interface HeaderEdit {
	path: Path;
	id: string;
}

function seqAt(document: FrontmatterEditor['document'], path: Path): YAMLSeq | undefined {
	const node = document.getIn(path, true);
	return isSeq(node) ? node : undefined;
}

/** Applies the header edits of one file; returns the French lines saying what changed. */
function editHeader(editor: FrontmatterEditor, edits: HeaderEdit[], title: (id: string) => string): { changes: string[]; fields: Set<string> } {
	const changes: string[] = [];
	const fields = new Set<string>();
	const document = editor.document;
	// Deepest and last first, so that the indexes of the edits still to make stay right.
	const ordered = [...edits].sort((a, b) => b.path.length - a.path.length || compareDescending(a.path, b.path));
	for (const { path, id } of ordered) {
		const field = String(path[0]);
		fields.add(field);
		const named = `${FIELD_NAMES[field] ?? field} : ${id} retiré`;
		const last = path.at(-1);
		const parentPath = path.slice(0, -1);
		if (typeof last === 'number') {
			const list = seqAt(document, parentPath);
			if (!list) continue;
			if (parentPath.length === 1) {
				list.items.splice(last, 1);
				changes.push(field === 'steps' ? `étapes : ${id} retiré` : named);
				continue;
			}
			// A choice inside a prerequisite: anyOf / orModules.
			list.items.splice(last, 1);
			const owner = document.getIn(parentPath.slice(0, -1), true) as YAMLMap | undefined;
			const key = String(parentPath.at(-1));
			const itemPath = parentPath.slice(0, -1);
			if (key === 'anyOf' && list.items.length === 1) {
				// One module left to choose from: it becomes a plain prerequisite.
				document.setIn(itemPath, list.items[0]);
			} else if (key === 'anyOf' && list.items.length === 0) {
				seqAt(document, itemPath.slice(0, -1))?.items.splice(Number(itemPath.at(-1)), 1);
			} else if (key === 'orModules' && isMap(owner) && list.items.length <= 1) {
				const remaining = list.items[0];
				owner.delete('orModules');
				if (remaining !== undefined) owner.set('orModule', remaining);
			}
			changes.push(`${named} du choix`);
		} else if (last === 'module' && path[0] === 'steps') {
			seqAt(document, ['steps'])?.items.splice(Number(path[1]), 1);
			changes.push(`étapes : ${id} retiré`);
		} else if (last === 'orModule') {
			// The competence stays; the module that could replace it is gone.
			(document.getIn(parentPath, true) as YAMLMap | undefined)?.delete('orModule');
			changes.push(`${named} (la compétence demandée reste)`);
		}
	}
	for (const field of fields) editor.rewriteField(field);
	return { changes, fields };
}

function compareDescending(a: Path, b: Path): number {
	for (let index = 0; index < Math.min(a.length, b.length); index++) {
		const [x, y] = [a[index]!, b[index]!];
		if (x === y) continue;
		return typeof x === 'number' && typeof y === 'number' ? y - x : String(y).localeCompare(String(x));
	}
	return 0;
}

interface TextEdit {
	/** The removed module it was about. */
	id: string;
	start: number;
	end: number;
	text: string;
	change: string;
}

function* walk(node: Nodes): Generator<Nodes> {
	yield node;
	if ('children' in node) for (const child of node.children as Nodes[]) yield* walk(child);
}

/** The module a site path shows: "/modules/x/" or "/modules/x/historique/" → "x". */
function moduleOfPath(url: string, page: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
	let path: string;
	try {
		path = decodeURIComponent(new URL(url, `https://site.invalid${page}`).pathname);
	} catch {
		return undefined;
	}
	return /^\/modules\/([^/]+)\/(?:historique\/)?$/.exec(path.endsWith('/') ? path : `${path}/`)?.[1];
}

/** `:module[id]` and links to a removed module's pages, in a Markdown body, as plain words. */
function bodyEdits(entry: LoadedEntry, removed: ReadonlySet<string>, title: (id: string) => string): TextEdit[] {
	if (!entry.tree) return [];
	const edits: TextEdit[] = [];
	const source = entry.source;
	const span = (node: Nodes) => (node.position ? { start: offsetOf(source, node.position.start), end: offsetOf(source, node.position.end) } : undefined);
	for (const node of walk(entry.tree as Root)) {
		if (node.type === 'textDirective' && node.name === 'module') {
			const id = (node.children as Nodes[]).map((child) => ('value' in child ? String(child.value) : '')).join('').trim();
			const place = span(node);
			if (!removed.has(id) || !place) continue;
			const words = node.attributes?.texte?.trim() || title(id);
			edits.push({ ...place, id, text: words, change: `texte : :module[${id}] remplacé par « ${words} »` });
		} else if (node.type === 'link') {
			const id = moduleOfPath((node as Link).url.trim(), pageOf(entry));
			const place = span(node);
			const children = node.children as Nodes[];
			if (!id || !removed.has(id) || !place) continue;
			const first = children[0] && span(children[0]);
			const last = children.at(-1) && span(children.at(-1)!);
			const words = first && last ? source.text.slice(first.start, last.end) : title(id);
			edits.push({ ...place, id, text: words, change: `texte : lien vers ${id} remplacé par ses mots « ${words} »` });
		}
	}
	return edits;
}

export function retireModules({ project, ids, date }: RetireRequest): RetireResult {
	const { graph, content } = project;
	const root = content.root;
	if (ids.length === 0) throw new AuthoringError('indiquez au moins un identifiant de module à retirer', 2);
	// A module whose file is already gone may still be named here and there: its references go too.
	const named = new Set(graph.references.filter((reference) => reference.target === 'modules').map((reference) => reference.id));
	const unknown = ids.filter((id) => !graph.get('modules', id) && !named.has(id));
	if (unknown.length > 0) throw new AuthoringError(`module inconnu : ${unknown.map((id) => `« ${id} »`).join(', ')} ; aucun contenu ne le cite (rien n’a été modifié)`);
	const removed = new Set(ids);
	const title = (id: string) => graph.get('modules', id)?.data.title ?? id;

	const edited: RetiredFile[] = [];
	const warnings: string[] = [];
	for (const entry of content.entries) {
		if (entry.collection === 'modules' && removed.has(entry.id)) continue;
		const headerEdits = frontmatterReferences(entry)
			.filter((reference) => reference.target === 'modules' && removed.has(reference.id) && reference.path)
			.map((reference) => ({ path: reference.path!, id: reference.id }));
		const texts = bodyEdits(entry, removed, title);
		if (headerEdits.length === 0 && texts.length === 0) continue;

		const file = resolve(root, entry.file);
		// Body first, from the end, so that the header's offsets (before the body) stay right.
		let text = readFileSync(file, 'utf8');
		for (const edit of [...texts].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
		const changes = texts.map((edit) => edit.change);
		if (headerEdits.length > 0) {
			const editor = new FrontmatterEditor(text, entry.file);
			const header = editHeader(editor, headerEdits, title);
			changes.unshift(...header.changes);
			text = editor.apply();
			if (entry.collection === 'parcours' && seqAt(editor.document, ['steps'])?.items.length === 0) {
				warnings.push(`${entry.file} : le parcours n’a plus d’étape ; supprimez-le ou donnez-lui d’autres modules`);
			}
		}
		writeFileSync(file, text);
		const done: RetiredFile = { file: entry.file, changes };
		if (isVersionedCollection(entry.collection)) {
			const names = ids.filter((id) => headerEdits.some((edit) => edit.id === id) || texts.some((edit) => edit.id === id));
			const bumped = bumpEntry({
				contentRoot: resolve(root, content.contentDir),
				id: entry.id,
				level: 'patch',
				summary: `Références au${names.length > 1 ? 'x modules retirés' : ' module retiré'} ${names.join(', ')} enlevées.`,
				date,
			});
			done.version = `${bumped.from} → ${bumped.to}`;
		}
		edited.push(done);
	}
	for (const id of ids) {
		const module = graph.get('modules', id);
		if (module) rmSync(resolve(root, module.file));
	}
	return { removed: [...ids], edited, warnings };
}
