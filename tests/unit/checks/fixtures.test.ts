// Each code of the check step has a small broken corpus under tests/fixtures/check/<code>/ that
// says, in expected.json, which messages a contributor reads: file, line, column, words and hint.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, runChecks } from '../../../src/checks/index.ts';
import type { ContentMessage } from '../../../src/model/diagnostics.ts';
import { loadProject } from '../../../src/model/project.ts';
import { formatText } from '../../../src/report/text.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/check');

/**
 * Codes the loader reports while selecting and reading files; file-too-large (a 2 MB file) and
 * special-file (a named pipe, which git cannot store) are tested in tests/unit/model/.
 */
const LOADER_CODES = [
	'schema',
	'yaml-syntax',
	'mdx-syntax',
	'encoding',
	'empty-file',
	'missing-frontmatter',
	'unclosed-frontmatter',
	'invalid-id',
	'duplicate-id',
	'ignored-file',
	'unowned-file',
	'hidden-file',
	'symbolic-link',
	'merged-list-item',
	'missing-organisation',
];

interface Expected {
	code: string;
	messages: Record<string, unknown>[];
}

function check(name: string, strict = false): ContentMessage[] {
	return runChecks(loadProject({ root: join(FIXTURES, name), contentDir: 'content' }), { strict });
}

function asWritten(message: ContentMessage) {
	return {
		file: message.file,
		line: message.line,
		column: message.column,
		severity: message.fatal ? 'error' : 'warning',
		message: message.reason,
		...(message.hint ? { hint: message.hint } : {}),
		...(message.related.length > 0 ? { related: message.related } : {}),
	};
}

const cases = readdirSync(FIXTURES).filter((name) => name !== 'valid');

describe('the check step on its fixtures', () => {
	it('finds nothing to say about a valid corpus that uses every kind of reference, even with --strict', () => {
		const messages = check('valid', true);
		expect(messages, formatText(messages)).toEqual([]);
	});

	it('has a broken fixture for every rule and every reading problem', () => {
		expect([...cases].sort()).toEqual([...rules.map((rule) => rule.id), ...LOADER_CODES].sort());
	});

	it.each(cases)('%s: reports each problem where it is written, in French, with a hint', (name) => {
		const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
		expect(expected.code).toBe(name);
		const messages = check(name);
		expect(messages.filter((message) => message.ruleId === name).map(asWritten)).toEqual(expected.messages);
		expect(expected.messages.length).toBeGreaterThan(0);
		// The corpus is broken by this rule only: no error of another code hides behind it.
		const otherErrors = messages.filter((message) => message.fatal && message.ruleId !== name);
		expect(otherErrors, formatText(otherErrors)).toEqual([]);
	});
});
