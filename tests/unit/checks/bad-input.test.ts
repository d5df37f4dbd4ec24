// Whatever a contributor saves, the check step answers with located messages and never crashes:
// invalid YAML, a byte-order mark, Windows line ends, bytes that are not UTF-8, empty and huge
// files, absurd nesting, and random damage to a valid file.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index.ts';
import { INTERNAL_ERROR_PREFIX } from '../../../src/checks/support/guarded.ts';
import type { ContentMessage } from '../../../src/model/diagnostics.ts';
import { loadProject } from '../../../src/model/project.ts';
import { formatText } from '../../../src/report/text.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';

function check(files: Record<string, string | Uint8Array>): ContentMessage[] {
	return runChecks(loadProject({ root: writeContentTree(files), contentDir: 'content' }));
}

/** Errors only, as "file:line:column code": warnings (no parcours, no persona…) are not the point here. */
function errors(messages: ContentMessage[]): string[] {
	return messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId}`);
}

function expectLocated(messages: ContentMessage[]) {
	for (const message of messages) {
		expect(message.reason, formatText([message])).not.toContain(INTERNAL_ERROR_PREFIX);
		expect(message.file).toBeTruthy();
		expect(message.line).toBeGreaterThanOrEqual(1);
		expect(message.column).toBeGreaterThanOrEqual(1);
	}
}

const BODY = 'Voir :module[inconnu] ici.\n';

describe('bad input', () => {
	it('accepts a valid file with a byte-order mark and Windows line ends', () => {
		const text = `\uFEFF${moduleMdx({}, 'Texte à 10:30.\n').replaceAll('\n', '\r\n')}`;
		expect(errors(check({ 'modules/a.mdx': text }))).toEqual([]);
	});

	it('places an error the same way with or without a byte-order mark and Windows line ends', () => {
		const plain = errors(check({ 'modules/a.mdx': moduleMdx({ section: 'sectoin-test' }, BODY) }));
		const windows = errors(check({ 'modules/a.mdx': `\uFEFF${moduleMdx({ section: 'sectoin-test' }, BODY).replaceAll('\n', '\r\n')}` }));
		expect(plain).toEqual(['content/modules/a.mdx:4:10 unknown-section', 'content/modules/a.mdx:12:14 unknown-module']);
		expect(windows).toEqual(plain);
	});

	it('locates invalid YAML', () => {
		const messages = check({ 'modules/a.mdx': moduleMdx({ keywords: '[un, deux' }) });
		// The parser notices the missing "]" where the next field starts.
		expect(errors(messages)).toEqual(['content/modules/a.mdx:11:1 yaml-syntax']);
		expect(messages[0]!.reason).toBe('YAML invalide : une liste ouverte par « [ » n’est jamais refermée par « ] »');
	});

	it('locates the first byte that is not UTF-8', () => {
		const bytes = Buffer.concat([Buffer.from(moduleMdx().slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from('\n---\n')]);
		expect(errors(check({ 'modules/a.mdx': bytes }))).toEqual(['content/modules/a.mdx:2:17 encoding']);
	});

	it('reports empty and huge files instead of reading them', () => {
		const messages = check({ 'modules/vide.mdx': '', 'modules/enorme.mdx': moduleMdx({}, 'x'.repeat(3 * 1024 * 1024)) });
		expect(errors(messages).sort()).toEqual(['content/modules/enorme.mdx:1:1 file-too-large', 'content/modules/vide.mdx:1:1 empty-file']);
	});

	it('survives absurd nesting in the body and in the header', () => {
		const messages = check({
			'modules/citations.mdx': moduleMdx({}, `${'>'.repeat(20_000)} texte\n`),
			'modules/listes.md': moduleMdx({ number: '"2"' }, Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- point`).join('\n')),
			'modules/crochets.mdx': moduleMdx({ keywords: `${'['.repeat(500)}${']'.repeat(500)}` }),
		});
		expectLocated(messages);
		// Past 500 levels, the body is refused before it is parsed, at the first line that deep.
		expect(errors(messages)).toEqual([
			'content/modules/citations.mdx:12:1 mdx-syntax',
			'content/modules/crochets.mdx:10:110 yaml-syntax',
			'content/modules/listes.md:513:1 mdx-syntax',
		]);
		expect(messages.find((message) => message.ruleId === 'yaml-syntax')?.reason).toContain('plus de 100 niveaux');
		expect(messages.find((message) => message.ruleId === 'mdx-syntax')?.reason).toBe(
			'citations ou listes imbriquées sur plus de 500 niveaux : le fichier n’est pas lu',
		);
	});

	it('answers every random damage of a valid file with located messages, never a crash', () => {
		const valid = moduleMdx(
			{ prerequisites: '\n  - anyOf: [a, b]\n  - text: Savoir lire\n    orModule: c', followUps: '[d]' },
			'## Partie\n\nVoir :module[a], <Aside>note</Aside> et [lien](https://exemple.org).\n\n{/* note */}\n',
		);
		// A fixed seed: a failure can be replayed.
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const noise = [':', '-', '[', ']', '{', '}', '<', '>', '"', "'", '\n', '\t', '#', '&', '*', '!', '|', '\\', '`', '\uFEFF', '\r', ' '];
		const files: Record<string, string> = {};
		for (let sample = 0; sample < 150; sample++) {
			let text = valid;
			for (let edit = 0; edit < 3; edit++) {
				const at = Math.floor(random() * text.length);
				const kind = random();
				if (kind < 0.4) text = text.slice(0, at) + noise[Math.floor(random() * noise.length)] + text.slice(at);
				else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 5));
				else text = text.slice(0, at);
			}
			files[`modules/m${sample}.mdx`] = text;
		}
		expectLocated(check(files));
	});
});
