// A build that fails after the check passed says where and why in French, in the check's own
// format, instead of Astro's English stack trace: the content file and line when one is to blame,
// an internal error of the generator otherwise.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { createMessage, type ContentMessage } from '../model/diagnostics.ts';
import { selectContentFiles } from '../model/files.ts';
import { makeSource, pointAt, type Point } from '../model/source.ts';

export interface BuildContext {
	/** Project root (Astro's root). */
	root: string;
	/** Content folder, relative to the root. */
	contentDir: string;
}

/** What a bundler or Astro error may carry besides its message. */
interface RawError {
	message?: string;
	stack?: string;
	id?: string;
	loc?: { file?: string; line?: number; column?: number };
	errors?: RawError[];
}

export const BUILD_ERROR = 'build-error';

const ANSI = /\u001b\[[0-9;]*m/g;

/** The first meaningful line of an error message, without colours or the bundler's code tag. */
function firstLine(message: string): string {
	const line = message.replace(ANSI, '').split('\n').find((text) => text.trim() !== '') ?? '';
	return line.replace(/^\[[A-Z_]+\]\s*/, '').trim();
}

/** A path named by an error, as an absolute path, when it can be read from it. */
function fileOf(error: RawError, root: string): string | undefined {
	const named = error.loc?.file ?? error.id ?? /\bin ((?:\.{0,2}\/)?[^\s'"`]+\.(?:mdx|md|ya?ml))\b/.exec(error.message?.replace(ANSI, '') ?? '')?.[1];
	if (named) return resolve(root, named.replace(/\?.*$/, ''));
	// An error thrown by a compiled content module names its file in the stack.
	const inStack = /\(?((?:file:\/\/)?\/[^\s():]+\.(?:mdx|md)):\d+:\d+/.exec(error.stack ?? '')?.[1];
	return inStack ? resolve(inStack.replace(/^file:\/\//, '')) : undefined;
}

/** The file or image an error says it could not find: "./images/x.png". */
function missingSpecifier(message: string): string | undefined {
	const text = message.replace(ANSI, '');
	return (
		/Could not resolve ['"`]([^'"`]+)['"`]/.exec(text)?.[1] ??
		/Could not find requested image [`'"]([^`'"]+)[`'"]/.exec(text)?.[1] ??
		/Cannot find module ['"`]([^'"`]+)['"`]/.exec(text)?.[1]
	);
}

function isInside(folder: string, path: string): boolean {
	const inside = relative(folder, path);
	return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

function readText(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

/** Where `needle` is written in `text`, as the contributor sees it. */
function pointOf(text: string, needle: string): Point | undefined {
	const bare = needle.replace(/^\.\//, '');
	const index = [needle, bare].map((candidate) => text.indexOf(candidate)).find((found) => found >= 0);
	return index === undefined ? undefined : pointAt(makeSource('', text), index);
}

/** The one content file that cites `specifier`, when the error did not say which. */
function citingFile(specifier: string, context: BuildContext): string | undefined {
	const citing = selectContentFiles(context.root, context.contentDir).files.filter((file) => {
		const text = readText(file.absolute);
		return text !== undefined && pointOf(text, specifier) !== undefined;
	});
	return citing.length === 1 ? citing[0]!.absolute : undefined;
}

function explainOne(error: RawError, context: BuildContext): ContentMessage {
	const { root } = context;
	const contentRoot = resolve(root, context.contentDir);
	const message = error.message ?? String(error);
	const cited = missingSpecifier(message);
	const file = fileOf(error, root) ?? (cited ? citingFile(cited, context) : undefined);
	const shown = (path: string) => relative(root, path).split(sep).join('/');
	if (file && isInside(contentRoot, file)) {
		const text = readText(file) ?? '';
		const specifier = cited;
		if (specifier) {
			return createMessage({
				file: shown(file),
				point: pointOf(text, specifier),
				ruleId: BUILD_ERROR,
				severity: 'error',
				message: `fichier introuvable « ${specifier} » : l’image ou le fichier que ce contenu cite n’existe pas`,
				hint: 'un chemin relatif part du dossier du fichier (./images/schema.png) : corrigez-le, ou placez le fichier à cet endroit',
			});
		}
		// Positions of MDX errors are those of the compiled module: only a Markdown or YAML line is trusted.
		const trusted = !file.endsWith('.mdx') && error.loc?.line !== undefined;
		return createMessage({
			file: shown(file),
			point: trusted ? { line: error.loc!.line!, column: (error.loc!.column ?? 0) + 1 } : undefined,
			ruleId: BUILD_ERROR,
			severity: 'error',
			message: `la construction du site a échoué sur ce contenu (${firstLine(message)})`,
			hint: 'relisez ce fichier, en particulier ce que vous venez de modifier ; si le problème persiste, signalez-le aux développeur·euse·s du commun avec ce fichier',
		});
	}
	return createMessage({
		file: file ? shown(file) : 'construction',
		point: error.loc?.line ? { line: error.loc.line, column: (error.loc.column ?? 0) + 1 } : undefined,
		ruleId: BUILD_ERROR,
		severity: 'error',
		message: `erreur interne de la construction (${firstLine(message)})`,
		hint: 'ce n’est pas une erreur du contenu : signalez-la aux développeur·euse·s du commun, avec la commande lancée et ce message',
	});
}

/** Every failure a build error holds (a bundler gathers several), each explained once. */
export function explainBuildError(error: unknown, context: BuildContext): ContentMessage[] {
	const raw = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as RawError;
	const failures = raw.errors && raw.errors.length > 0 ? raw.errors : [raw];
	const seen = new Set<string>();
	const messages: ContentMessage[] = [];
	for (const failure of failures) {
		const explained = explainOne(failure, context);
		const key = `${explained.file}:${explained.line}:${explained.reason}`;
		if (seen.has(key)) continue;
		seen.add(key);
		messages.push(explained);
	}
	return messages;
}
