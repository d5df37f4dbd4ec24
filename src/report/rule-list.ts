// `npm run check -- --list`: each rule's code, whether it stops the build, and what it checks.
import type { Rule } from '../checks/rule.ts';
import { UNVERSIONED_CHANGE, UNVERSIONED_CHANGE_DESCRIPTION } from '../versioning/since.ts';

/** Rules run only on request, listed with the others. */
const ON_REQUEST: Rule[] = [
	{ id: UNVERSIONED_CHANGE, severity: 'error', description: UNVERSIONED_CHANGE_DESCRIPTION, check: () => {} },
];

export function formatRuleList(registered: readonly Rule[]): string {
	const rules = [...registered, ...ON_REQUEST];
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
