// The import lines of an MDX file, read in the one shape the check lets through
// (`import { A, B as C } from 'module';`), and the components they bring under which local names.
import type { Root } from 'mdast';
import { isAllowedComponent } from '../../security/content-allowlist.ts';
import { nodesOf, type MarkdownFile } from './markdown-files.ts';

/** `import { A, B as C } from 'module';`: the one shape of import that only brings components. */
const NAMED_IMPORT = /\s*import\s*\{([^{}]*)\}\s*from\s*(["'])([^"'\n]+)\2\s*;?/y;
const SPACE = /\s*/y;

export interface ImportStatement {
	/** Offset of the statement in the ESM block's code. */
	offset: number;
	specifier: string;
	/** Each imported name and the local name it gets: `B as C` is { imported: B, local: C }. */
	names: { imported: string; local: string }[];
}

export interface EsmBlock {
	statements: ImportStatement[];
	/** Offset of the first text that is not a named import, when there is one. */
	restOffset?: number;
}

/** Reads the named imports at the start of an ESM block, up to the first thing that is not one. */
export function readEsm(code: string): EsmBlock {
	const statements: ImportStatement[] = [];
	let offset = 0;
	while (offset < code.length) {
		NAMED_IMPORT.lastIndex = offset;
		const match = NAMED_IMPORT.exec(code);
		if (!match) break;
		const names = match[1]!
			.split(',')
			.map((part) => part.trim())
			.filter(Boolean)
			.map((part) => {
				const [imported, local] = part.split(/\s+as\s+/);
				return { imported: imported!, local: (local ?? imported)! };
			});
		statements.push({ offset: offset + (match[0].length - match[0].trimStart().length), specifier: match[3]!, names });
		offset = NAMED_IMPORT.lastIndex;
	}
	SPACE.lastIndex = offset;
	SPACE.exec(code);
	return { statements, restOffset: SPACE.lastIndex < code.length ? SPACE.lastIndex : undefined };
}

const cache = new WeakMap<Root, Map<string, string>>();

/** The allowed components a file imports: local name → the component's own name. */
export function importedComponents({ tree }: MarkdownFile): Map<string, string> {
	const cached = cache.get(tree);
	if (cached) return cached;
	const components = new Map<string, string>();
	for (const node of nodesOf(tree, 'mdxjsEsm')) {
		for (const statement of readEsm(node.value).statements) {
			for (const { imported, local } of statement.names) {
				if (isAllowedComponent(statement.specifier, imported)) components.set(local, imported);
			}
		}
	}
	cache.set(tree, components);
	return components;
}
