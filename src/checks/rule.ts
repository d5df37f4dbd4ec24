// What a check rule is: a stable code, a default severity, and a function that reports problems.
import type { ContentGraph } from '../model/graph.ts';
import type { LoadedContent, LoadedEntry } from '../model/load.ts';
import type { MessageInit, Severity } from '../model/diagnostics.ts';
import type { Point } from '../model/source.ts';
import type { YamlPath } from '../model/yaml-document.ts';

export interface Problem {
	file: string;
	point?: Point;
	message: string;
	hint?: string;
	related?: MessageInit['related'];
	/** Overrides the rule's default severity for this one problem. */
	severity?: Severity;
}

export interface RuleContext {
	content: LoadedContent;
	graph: ContentGraph;
	report(problem: Problem): void;
	/** Where the value at `path` of an entry's frontmatter was written. */
	at(entry: LoadedEntry, path: YamlPath, options?: { key?: boolean }): Point;
}

export interface Rule {
	/** Stable code, the name of the rule's file: "unknown-reference". */
	id: string;
	severity: Severity;
	/** One French sentence saying what the rule protects, for --list and CONTRIBUTING. */
	description: string;
	check(context: RuleContext): void;
}
