// What used to pass the check and then stop `astro build` in English (a component used without
// import or with a wrong prop, an attribute whose value is only a comment, an image that does not exist) now stops the
// build at the check, before any MDX is evaluated, with the same located French message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';

const STACK_TRACE = /\n\s+at .*:\d+:\d+/;

interface ExpectedMessage {
	file: string;
	line: number;
	column: number;
	message: string;
}

describe.each(['unknown-component', 'component-props', 'forbidden-expression', 'missing-file'])('the %s fixture', (code) => {
	it('fails npm run build with each message of npm run check, located, in French', () => {
		const fixture = `tests/fixtures/check/${code}`;
		const expected = JSON.parse(readFileSync(join(PROJECT_ROOT, fixture, 'expected.json'), 'utf8')) as { messages: ExpectedMessage[] };
		const build = buildSite(`${fixture}/content`);
		expect(build.status).toBe(1);
		for (const message of expected.messages) {
			// Paths in messages start from the project root, here the fixture's grandparent.
			const text = message.message.replaceAll(' content/', ` ${fixture}/content/`);
			expect(build.output).toContain(`${fixture}/${message.file}:${message.line}:${message.column}  erreur  ${code}  ${text}`);
		}
		expect(build.output).toContain('Construction arrêtée');
		expect(build.output).not.toMatch(STACK_TRACE);
	});
});
