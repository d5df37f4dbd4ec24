// Temporary content trees for tests: a project root holding content/ with the given files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ORGANISATION_YAML = `name: Organisme de test
shortName: Test
contact:
  email: test@exemple.org
address:
  city: Lyon
territory:
  - Rhône
`;

export const SECTION_MDX = `---
title: Section de test
order: 1
summary: Une section pour les tests.
---
`;

/** A valid module file; `fields` replaces or adds frontmatter lines ("key: value"). */
export function moduleMdx(fields: Record<string, string> = {}, body = 'Contenu du module.\n'): string {
	const base: Record<string, string> = {
		title: 'Module de test',
		number: '"1"',
		section: 'section-test',
		summary: 'Un module pour les tests.',
		objectives: '\n  - Apprendre quelque chose',
		version: '1.0.0',
		updated: '2026-01-01',
		...fields,
	};
	const lines = Object.entries(base)
		.filter(([, value]) => value !== '')
		.map(([key, value]) => `${key}: ${value}`.replace(/: \n/, ':\n'));
	return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** Writes `files` (paths relative to content/) under a new temporary project root and returns it. */
export function writeContentTree(files: Record<string, string | Uint8Array>, { withDefaults = true } = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'commun-test-'));
	const all: Record<string, string | Uint8Array> = withDefaults
		? { 'organisation.yaml': ORGANISATION_YAML, 'sections/section-test.mdx': SECTION_MDX, ...files }
		: files;
	for (const [path, text] of Object.entries(all)) {
		const absolute = join(root, 'content', path);
		mkdirSync(dirname(absolute), { recursive: true });
		writeFileSync(absolute, text);
	}
	return root;
}
