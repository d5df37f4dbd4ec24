// YAML headers: read their values as the site does, explain syntax errors, find where a value was written.
import { CORE_SCHEMA, load as loadJsYaml } from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

export interface YamlSyntaxProblem {
	/** Offset in the YAML text. */
	offset: number;
	message: string;
	hint?: string;
}

interface YamlErrorExplanation {
	code: string;
	/** Narrows the explanation to one of the parser's messages for this code. */
	pattern?: RegExp;
	message: string;
	hint: string;
}

const QUOTE_HINT = 'mettez la valeur entre guillemets, par exemple : title: "Module : suite"';

/** The parser's errors, most specific first, as a contributor would say them. */
const YAML_ERRORS: YamlErrorExplanation[] = [
	{
		code: 'BLOCK_AS_IMPLICIT_KEY',
		pattern: /compact mappings/,
		message: 'la valeur contient « : » suivi d’une espace, ce qui la fait lire comme un nouveau champ',
		hint: QUOTE_HINT,
	},
	{
		code: 'BAD_INDENT',
		pattern: /Flow sequence .* end with a \]/,
		message: 'une liste ouverte par « [ » n’est jamais refermée par « ] »',
		hint: 'ajoutez le « ] » manquant à la fin de la liste, sur la même ligne',
	},
	{
		code: 'BAD_INDENT',
		pattern: /Flow mapping .* end with a \}/,
		message: 'un groupe ouvert par « { » n’est jamais refermé par « } »',
		hint: 'ajoutez le « } » manquant',
	},
	{
		code: 'MISSING_CHAR',
		pattern: /closing .*quote/,
		message: 'un guillemet ouvert n’est jamais refermé',
		hint: 'ajoutez le guillemet fermant à la fin de la valeur',
	},
	{
		code: 'BAD_INDENT',
		message: 'indentation incorrecte',
		hint: 'alignez les champs d’un même bloc, et les « - » d’une même liste, avec le même nombre d’espaces',
	},
	{
		code: 'TAB_AS_INDENT',
		message: 'une tabulation sert d’indentation',
		hint: 'indentez avec des espaces, jamais avec des tabulations',
	},
	{
		code: 'DUPLICATE_KEY',
		message: 'ce champ apparaît deux fois',
		hint: 'gardez un seul exemplaire du champ et regroupez-y les valeurs',
	},
	{
		code: 'MISSING_CHAR',
		message: 'un caractère manque (« : », guillemet, crochet ou accolade)',
		hint: 'chaque champ s’écrit « nom: valeur » ; vérifiez que tout « [ », « { » ou guillemet ouvert est refermé',
	},
	{
		code: 'MULTILINE_IMPLICIT_KEY',
		message: 'un nom de champ s’étend sur plusieurs lignes',
		hint: 'vérifiez l’indentation de la ligne ; une valeur qui contient « : » se met entre guillemets',
	},
	{
		code: 'BLOCK_AS_IMPLICIT_KEY',
		message: 'structure inattendue : la ligne est mal indentée',
		hint: 'alignez les « - » d’une même liste, et mettez entre guillemets une valeur qui contient « : »',
	},
	{
		code: 'UNEXPECTED_TOKEN',
		message: 'caractère inattendu',
		hint: 'une valeur qui commence par « : », « - », « [ », « { », « # », « & », « * », « ! » ou « @ » se met entre guillemets',
	},
	{ code: 'BAD_SCALAR_START', message: 'la valeur commence par un caractère réservé', hint: QUOTE_HINT },
	{
		code: 'BAD_DQ_ESCAPE',
		message: 'barre oblique inverse « \\ » invalide entre guillemets doubles',
		hint: 'utilisez des guillemets simples, ou doublez la barre oblique inverse',
	},
];

function explainYamlError(code: string, raw: string): { message: string; hint: string } {
	const known = YAML_ERRORS.find((error) => error.code === code && (!error.pattern || error.pattern.test(raw)));
	return {
		message: `YAML invalide : ${known?.message ?? 'syntaxe incorrecte'}`,
		hint: known?.hint ?? 'comparez avec un fichier voisin qui fonctionne, ou lisez CONTRIBUTING.md',
	};
}

export interface ParsedYaml {
	document: Document;
	problems: YamlSyntaxProblem[];
}

/**
 * A line indented deeper than the field above it (`  email: …` then `   phone: …`) is read as the
 * continuation of that field's value, and its « : » then makes the parser complain about the value
 * above, which says nothing about the line to fix. Returns where that line's text starts, with an
 * explanation naming the field above; undefined when the value's own first line holds the « : ».
 */
function overIndentedLine(text: string, valueStart: number): YamlSyntaxProblem | undefined {
	const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
	const firstLineEnd = text.indexOf('\n', valueStart);
	if (firstLineEnd === -1 || /:(\s|$)/.test(text.slice(valueStart, firstLineEnd))) return undefined;
	const field = /([^\s{[,-][^:]*):\s*$/.exec(text.slice(lineStart, valueStart))?.[1]?.trim();
	let start = firstLineEnd + 1;
	while (start < text.length) {
		const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
		const line = text.slice(start, end);
		if (/:(\s|$)/.test(line.replace(/\s#.*$/, ''))) {
			const indent = /^[ \t]*/.exec(line)![0].length;
			const above = field ? `le champ « ${field} »` : 'la ligne du dessus';
			return {
				offset: start + indent,
				message: `YAML invalide : cette ligne est plus indentée que ${above} : elle est lue comme la suite de sa valeur, où « : » n’est pas permis`,
				hint: `si c’est un nouveau champ, alignez-le sur ${above} (le même nombre d’espaces en début de ligne) ; si c’est la suite du texte, mettez toute la valeur entre guillemets`,
			};
		}
		start = end + 1;
	}
	return undefined;
}

export function parseYaml(text: string): ParsedYaml {
	const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
	// Only the first syntax error is reported: the ones after it are usually its echoes.
	const first = [...document.errors, ...document.warnings][0];
	if (!first) return { document, problems: [] };
	const spansLines =
		first.code === 'BLOCK_AS_IMPLICIT_KEY' &&
		document.errors.some((error) => error.code === 'MULTILINE_IMPLICIT_KEY' && error.pos[0] === first.pos[0]);
	const overIndented = spansLines ? overIndentedLine(text, first.pos[0]) : undefined;
	return { document, problems: [overIndented ?? { offset: first.pos[0], ...explainYamlError(first.code, first.message) }] };
}

export type YamlValue = { ok: true; value: unknown } | { ok: false; problem: YamlSyntaxProblem };

/** A header nests a few levels at most; deeper is a mistake, or an attempt to slow the build down. */
export const MAX_YAML_DEPTH = 100;

const DEPTH_PROBLEM = {
	message: `YAML invalide : listes ou groupes imbriqués sur plus de ${MAX_YAML_DEPTH} niveaux`,
	hint: 'un en-tête n’a besoin que de quelques niveaux : vérifiez les « [ », les « { » et l’indentation',
};

/** The tag written at or before `offset` ("!!binary", "!local"), and where it starts. */
function tagProblem(text: string, offset: number): YamlSyntaxProblem {
	let start = Math.max(text.lastIndexOf('!', offset), 0);
	while (start > 0 && text[start - 1] === '!') start--;
	const tag = /!+[^\s,\]}]*/.exec(text.slice(start))?.[0] ?? '!';
	return {
		offset: start,
		message: `YAML invalide : étiquette « ${tag} » non acceptée`,
		hint: `un en-tête ne contient que du texte, des nombres, des dates et des listes : retirez « ${tag} » (mettez la valeur entre guillemets si elle doit s’écrire ainsi)`,
	};
}

/** Where anchors, aliases, tags or merge keys may be written: only then is the text read a second time. */
const SPECIAL_SYNTAX = /(?:^|[\s[{,:-])[&*!][^\s]|<<\s*:/m;

/**
 * YAML features a header does not need and a reviewer could miss: explicit tags (!!js/function,
 * !!binary, !!set), anchors and aliases (&a, *a: a few of them nested can expand a small file
 * into a huge value) and merge keys (<<: *a). js-yaml resolves aliases silently; they are refused.
 */
function refusedSyntax(text: string): YamlSyntaxProblem | undefined {
	if (!SPECIAL_SYNTAX.test(text)) return undefined;
	let found: YamlSyntaxProblem | undefined;
	const document = parseDocument(text, { uniqueKeys: false, strict: false });
	visit(document, {
		Alias(_, node) {
			found ??= {
				offset: node.range?.[0] ?? 0,
				message: `YAML : renvoi « *${node.source} » non accepté`,
				hint: `écrivez la valeur en entier à chaque endroit où elle sert, sans « &${node.source} » ni « *${node.source} »`,
			};
			return visit.BREAK;
		},
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
				found ??= { offset: pair.key.range?.[0] ?? 0, message: 'YAML : fusion « <<: » non acceptée', hint: 'écrivez chaque champ en entier' };
				return visit.BREAK;
			}
			return undefined;
		},
		Node(_, node) {
			const start = node.range?.[0] ?? 0;
			if (node.anchor) {
				found ??= {
					offset: Math.max(text.lastIndexOf(`&${node.anchor}`, start), 0),
					message: `YAML : ancre « &${node.anchor} » non acceptée`,
					hint: `retirez « &${node.anchor} » : chaque valeur s’écrit en entier là où elle sert`,
				};
				return visit.BREAK;
			}
			if (node.tag) {
				found ??= tagProblem(text, start);
				return visit.BREAK;
			}
			return undefined;
		},
	});
	return found;
}

/**
 * The value of a YAML text, read with the parser Astro uses for frontmatter (js-yaml), which is
 * also several times faster than building a document with positions. That document is only built
 * to explain a syntax error here, to look for tags, anchors and aliases when the text may hold
 * some, or, lazily, to locate a value a message is about.
 * The core schema keeps dates as written: js-yaml's default one would turn 2026-02-30 into 2 March.
 */
export function readYamlValue(text: string): YamlValue {
	let value: unknown;
	try {
		// js-yaml stops at MAX_YAML_DEPTH levels by default (its maxDepth option).
		value = loadJsYaml(text, { schema: CORE_SCHEMA });
	} catch (error) {
		const { mark, reason } = error as { mark?: { position?: number }; reason?: string };
		const offset = mark?.position ?? 0;
		// Said before reading the text again: a second parser would take seconds on a very deep text.
		if (/maxDepth/.test(reason ?? '')) return { ok: false, problem: { offset, ...DEPTH_PROBLEM } };
		if (/unknown tag/.test(reason ?? '')) return { ok: false, problem: tagProblem(text, offset) };
		const explained = parseYaml(text).problems[0];
		return { ok: false, problem: explained ?? { offset, ...explainYamlError('', '') } };
	}
	const refused = refusedSyntax(text);
	return refused ? { ok: false, problem: refused } : { ok: true, value };
}

export type YamlPath = readonly (string | number)[];

/** Offset in the YAML text of the value at `path`, or of the closest parent that exists. */
export function locateInYaml(document: Document, path: YamlPath, { key = false } = {}): number {
	let node: unknown = document.contents;
	let offset = rangeStart(node) ?? 0;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
			if (!pair) return offset;
			const keyStart = rangeStart(pair.key);
			if (pair.value === null || pair.value === undefined) return keyStart ?? offset;
			if (key && segment === path.at(-1)) return keyStart ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment];
			if (item === undefined) return offset;
			node = item;
		} else {
			return offset;
		}
		offset = rangeStart(node) ?? offset;
	}
	return offset;
}

function rangeStart(node: unknown): number | undefined {
	const range = (node as Node | null | undefined)?.range;
	return range ? range[0] : undefined;
}
