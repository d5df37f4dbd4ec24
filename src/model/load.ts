// Reading content/ into typed entries that remember where each value was written.
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import type { Document } from 'yaml';
import type { ZodType } from 'zod';
import { parseMarkdown, type MarkdownFormat } from '../markdown/parse.ts';
import { specOf, ORGANISATION_FILE, type CollectionData, type CollectionName, type CollectionSpec } from './collections.ts';
import { selectContentFiles, type ContentSelection } from './files.ts';
import { createMessage, type ContentMessage } from './diagnostics.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { validate } from './schema-messages.ts';
import { AccessibilityStatementSchema, ID_PATTERN, OrganisationSchema, type AccessibilityStatement, type Organisation } from './schemas/index.ts';
import { decodeSource, pointAt, type Point, type SourceText } from './source.ts';
import { explainMdxError } from './mdx-messages.ts';
import { locateInYaml, parseYaml, readYamlValue, type YamlPath } from './yaml-document.ts';
import { mergedListItems } from './yaml-lists.ts';

export type EntryFormat = MarkdownFormat | 'yaml';

/** What every consumer needs of an entry: its collection, id, file and validated data. */
export interface Entry<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
	/** Path from the project root, with "/" separators. */
	file: string;
	data: CollectionData<C>;
}

/** An entry read by the loader, which also knows its source text and the positions in it. */
export interface LoadedEntry<C extends CollectionName = CollectionName> extends Entry<C> {
	format: EntryFormat;
	source: SourceText;
	/** The Markdown tree of the whole file (frontmatter included), for Markdown entries. */
	tree?: Root;
	/** Offset of the body (after the frontmatter) in the source text. */
	bodyOffset: number;
	/** Where the value at `path` was written (or its closest existing parent). */
	locate(path: YamlPath, options?: { key?: boolean }): Point;
}

export interface LoadedOrganisation {
	file: string;
	data: Organisation;
	locate(path: YamlPath, options?: { key?: boolean }): Point;
}

export interface LoadedAccessibility {
	file: string;
	data: AccessibilityStatement;
	locate(path: YamlPath, options?: { key?: boolean }): Point;
}

export interface LoadedContent {
	/** Absolute path of the project root. */
	root: string;
	/** Content folder, relative to the root ("content"). */
	contentDir: string;
	/** Which files under the content folder are content, images, drafts or problems. */
	selection: ContentSelection;
	entries: LoadedEntry[];
	organisation?: LoadedOrganisation;
	/** The accessibility statement, when content/accessibilite.yaml exists and is valid. */
	accessibility?: LoadedAccessibility;
	/** Every file read, valid or not, for checks that look at raw text. */
	sources: SourceText[];
	messages: ContentMessage[];
}

export interface LoadOptions {
	/** Project root; defaults to the current directory. */
	root?: string;
	/** Content folder relative to the root; defaults to $COMMUN_CONTENT_DIR or "content". */
	contentDir?: string;
}

export function defaultContentDir(): string {
	return relativeContentDir(process.env.COMMUN_CONTENT_DIR || 'content');
}

/** A content folder given on the command line or in the environment, relative to the current directory, whether it was written absolute or not. */
export function relativeContentDir(folder: string): string {
	return toPosix(relative(process.cwd(), resolve(folder))) || '.';
}

function toPosix(path: string): string {
	return path.split(sep).join('/');
}

/** A readable id suggestion for a file name that is not one: "Sécurité données" → "securite-donnees". */
export function slugify(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** File reading shared by the loaders: decoding, YAML parsing and validation, each reporting into `messages`. */
function createReader(root: string, messages: ContentMessage[], sources: SourceText[]) {
	const fileOf = (absolute: string) => toPosix(relative(root, absolute));

	const readSource = (absolute: string): SourceText | undefined => {
		const file = fileOf(absolute);
		const decoded = decodeSource(file, readFileSync(absolute));
		if ('kind' in decoded) {
			if (decoded.kind === 'not-utf8') {
				messages.push(
					createMessage({
						file,
						point: decoded.point,
						ruleId: 'encoding',
						severity: 'error',
						message: 'le fichier n’est pas enregistré en UTF-8 (caractère illisible ici)',
						hint: 'enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous… », encodage UTF-8)',
					}),
				);
			} else {
				messages.push(
					createMessage({
						file,
						ruleId: 'file-too-large',
						severity: 'error',
						message: `fichier trop volumineux (${(decoded.bytes / 1024 / 1024).toFixed(1)} Mo, au plus 2 Mo)`,
						hint: 'découpez le contenu en plusieurs fichiers, ou placez les images et documents lourds ailleurs',
					}),
				);
			}
			return undefined;
		}
		sources.push(decoded);
		return decoded;
	};

	/** Finds where a value was written; the document with positions is only built on the first call. */
	const locator = (source: SourceText, yamlText: string, yamlOffset: number) => {
		let document: Document | undefined;
		return (path: YamlPath, locateOptions?: { key?: boolean }) => {
			document ??= parseYaml(yamlText).document;
			return pointAt(source, yamlOffset + locateInYaml(document, path, locateOptions));
		};
	};

	/** Parses YAML text and validates it; reports problems and returns the data when valid. */
	const readYaml = <T>(
		source: SourceText,
		yamlText: string,
		yamlOffset: number,
		schema: ZodType<T>,
		guide?: string,
	): { data?: T; locate: LoadedEntry['locate'] } => {
		const locate = locator(source, yamlText, yamlOffset);
		const read = readYamlValue(yamlText);
		if (!read.ok) {
			messages.push(
				createMessage({
					file: source.path,
					point: pointAt(source, yamlOffset + read.problem.offset),
					ruleId: 'yaml-syntax',
					severity: 'error',
					message: read.problem.message,
					hint: read.problem.hint,
				}),
			);
			return { locate };
		}
		const value: unknown = read.value ?? {};
		if (typeof value !== 'object' || Array.isArray(value)) {
			const wholeFile = /\.ya?ml$/.test(source.path);
			messages.push(
				createMessage({
					file: source.path,
					point: pointAt(source, yamlOffset),
					ruleId: 'schema',
					severity: 'error',
					// A YAML file is all fields; an MDX file only its header.
					message: `${wholeFile ? 'le fichier' : 'l’en-tête'} doit être une suite de champs « nom: valeur »`,
					hint: `chaque ligne ${wholeFile ? 'du fichier' : 'de l’en-tête'} commence par un nom de champ suivi de deux-points`,
				}),
			);
			return { locate };
		}
		for (const merged of mergedListItems(yamlText)) {
			messages.push(
				createMessage({
					file: source.path,
					point: pointAt(source, yamlOffset + merged.offset),
					ruleId: 'merged-list-item',
					severity: 'error',
					message: `la ligne « - ${merged.text} » est plus indentée que l’élément qui la précède : elle ne commence pas un nouvel élément, elle prolonge son texte`,
					hint: 'alignez son « - » sur celui de la ligne précédente pour en faire un élément de la liste',
				}),
			);
		}
		const result = validate(schema, value, guide);
		for (const problem of result.problems) {
			messages.push(
				createMessage({
					file: source.path,
					point: locate(problem.path, { key: problem.atKey }),
					ruleId: 'schema',
					severity: 'error',
					message: problem.message,
					hint: problem.hint,
				}),
			);
		}
		return { data: result.data, locate };
	};

	const report = (message: ContentMessage) => messages.push(message);
	return { fileOf, readSource, readYaml, report };
}

export function loadContent(options: LoadOptions = {}): LoadedContent {
	const root = options.root ?? process.cwd();
	const contentDir = options.contentDir ?? defaultContentDir();
	const messages: ContentMessage[] = [];
	const sources: SourceText[] = [];
	const entries: LoadedEntry[] = [];
	const reader = createReader(root, messages, sources);
	const { fileOf, readSource, readYaml } = reader;

	const selection = selectContentFiles(root, contentDir);
	messages.push(...selection.messages);
	const seen = new Map<string, string>();
	for (const candidate of selection.files) {
		const { collection: name, id, file, extension } = candidate;
		const badSegment = id.split('/').find((segment) => !ID_PATTERN.test(segment));
		if (badSegment !== undefined) {
			messages.push(
				createMessage({
					file,
					ruleId: 'invalid-id',
					severity: 'error',
					message: `nom de fichier invalide « ${badSegment} » : il sert d’identifiant dans les liens`,
					hint: `renommez-le « ${slugify(badSegment) || 'nom-du-contenu'}${extension} » (minuscules sans accent, chiffres et tirets)`,
				}),
			);
			continue;
		}
		const key = `${name}\u0000${id}`;
		if (seen.has(key)) {
			messages.push(
				createMessage({
					file,
					ruleId: 'duplicate-id',
					severity: 'error',
					message: `deux fichiers portent l’identifiant « ${id} »`,
					hint: 'gardez un seul des deux fichiers',
					related: [{ file: seen.get(key)!, line: 1, column: 1, message: 'premier fichier' }],
				}),
			);
			continue;
		}
		seen.set(key, file);
		const source = readSource(candidate.absolute);
		if (!source) continue;
		const format: EntryFormat = extension === '.mdx' ? 'mdx' : extension === '.md' ? 'md' : 'yaml';
		const entry = loadEntry(name, id, source, format);
		if (entry) entries.push(entry);
	}

	function loadEntry(name: CollectionName, id: string, source: SourceText, format: EntryFormat): LoadedEntry | undefined {
		const spec: CollectionSpec = specOf(name);
		if (format === 'yaml') {
			const { data, locate } = readYaml(source, source.text, 0, spec.schema, spec.guide);
			if (data === undefined) return undefined;
			return { collection: name, id, file: source.path, data: data as never, format, source, bodyOffset: source.text.length, locate };
		}
		const split = splitFrontmatter(source.text);
		if (split.kind !== 'ok') {
			const problems = {
				'empty-file': ['empty-file', 'fichier vide', `un ${spec.noun.singular} commence par un en-tête entre deux lignes « --- »`],
				missing: [
					'missing-frontmatter',
					'en-tête manquant : le fichier doit commencer par une ligne « --- »',
					'copiez l’en-tête d’un fichier voisin, ou créez le fichier avec « npm run new »',
				],
				unclosed: [
					'unclosed-frontmatter',
					'l’en-tête ouvert par « --- » n’est jamais refermé',
					'ajoutez une ligne « --- » après le dernier champ de l’en-tête',
				],
			} as const;
			if (split.kind === 'stray-fence') {
				const shown = split.text.length > 40 ? `${split.text.slice(0, 40)}…` : split.text;
				messages.push(
					createMessage({
						file: source.path,
						point: { line: split.line, column: 1 },
						ruleId: 'unclosed-frontmatter',
						severity: 'error',
						message: `la ligne « ${shown} » commence par « ${split.text.slice(0, 3)} » : le site y arrête l’en-tête, et lirait la suite comme du texte`,
						hint: 'dans l’en-tête, seule la ligne « --- » qui le referme commence par « --- » ou « +++ » : écrivez la valeur sur une seule ligne, ou décalez cette ligne de deux espaces',
					}),
				);
				return undefined;
			}
			const [ruleId, message, hint] = problems[split.kind];
			messages.push(createMessage({ file: source.path, ruleId, severity: 'error', message, hint }));
			return undefined;
		}
		const { data, locate } = readYaml(source, split.yaml, split.yamlOffset, spec.schema, spec.guide);
		const parsed = parseMarkdown(source.text, format);
		if ('error' in parsed) {
			const explained = explainMdxError(parsed.error.message);
			messages.push(
				createMessage({
					file: source.path,
					point: { line: parsed.error.line, column: parsed.error.column },
					ruleId: 'mdx-syntax',
					severity: 'error',
					message: explained.message,
					hint: explained.hint,
				}),
			);
		}
		if (data === undefined) return undefined;
		return {
			collection: name,
			id,
			file: source.path,
			data: data as never,
			format,
			source,
			tree: 'tree' in parsed ? parsed.tree : undefined,
			bodyOffset: split.bodyOffset,
			locate,
		};
	}

	const organisation = readOrganisation(selection, reader);
	const accessibility = readAccessibility(selection, reader);

	return { root, contentDir, selection, entries, organisation, accessibility, sources, messages };
}

function readOrganisation(selection: ContentSelection, reader: ReturnType<typeof createReader>): LoadedOrganisation | undefined {
	const { fileOf, readSource, readYaml, report } = reader;
	const path = selection.organisation ?? join(selection.contentRoot, ORGANISATION_FILE);
	// A symbolic link or a hidden twin is reported by the file selection; nothing more to say here.
	if (!selection.organisation) {
		if (selection.messages.some((message) => message.file === fileOf(path))) return undefined;
		report(
			createMessage({
				file: fileOf(path),
				ruleId: 'missing-organisation',
				severity: 'error',
				message: 'fichier de l’organisation éditrice introuvable',
				hint: 'créez-le : il donne le nom, le contact et l’adresse affichés sur le site et les PDF (voir README)',
			}),
		);
		return undefined;
	}
	const source = readSource(path);
	if (!source) return undefined;
	const { data, locate } = readYaml(source, source.text, 0, OrganisationSchema, 'Reprendre le commun dans sa structure');
	return data ? { file: source.path, data, locate } : undefined;
}

function readAccessibility(selection: ContentSelection, reader: ReturnType<typeof createReader>): LoadedAccessibility | undefined {
	// Optional: without it the site says the accessibility has not been evaluated.
	if (!selection.accessibility) return undefined;
	const source = reader.readSource(selection.accessibility);
	if (!source) return undefined;
	const { data, locate } = reader.readYaml(source, source.text, 0, AccessibilityStatementSchema);
	return data ? { file: source.path, data, locate } : undefined;
}


/** Reads only the publisher file: what the site's configuration and the authoring commands need first. */
export function loadOrganisation(options: LoadOptions = {}): { organisation?: LoadedOrganisation; messages: ContentMessage[] } {
	const root = options.root ?? process.cwd();
	const messages: ContentMessage[] = [];
	const selection = selectContentFiles(root, options.contentDir ?? defaultContentDir());
	const organisation = readOrganisation(selection, createReader(root, messages, []));
	return { organisation, messages };
}
