// `npm run check -- --list`: each rule's code, whether it stops the build, and what it checks.
import type { Rule } from '../checks/rule.ts';

export function formatRuleList(rules: readonly Rule[]): string {
	const width = Math.max(...rules.map((rule) => rule.id.length));
	const lines = rules.map(
		(rule) => `${rule.id.padEnd(width)}  ${rule.severity === 'error' ? 'erreur       ' : 'avertissement'}  ${rule.description}`,
	);
	return [
		...lines,
		'',
		'S’y ajoutent les problèmes de lecture des fichiers (schema, yaml-syntax, mdx-syntax, encoding…) : voir CONTRIBUTING.md.',
	].join('\n');
}
