import { describe, expect, it } from 'vitest';
import { createMessage } from '../../../src/model/diagnostics.ts';
import { formatGithub } from '../../../src/report/github.ts';
import { formatJson } from '../../../src/report/json.ts';
import { formatText } from '../../../src/report/text.ts';

const cycle = createMessage({
	file: 'content/modules/a, b.mdx',
	point: { line: 9, column: 5 },
	ruleId: 'prerequisite-cycle',
	severity: 'error',
	message: 'les prérequis forment une boucle : a → b → a (100 %)',
	hint: 'retirez l’un des prérequis',
	related: [{ file: 'content/modules/b.mdx', line: 3, column: 7, message: '« b » demande « a »' }],
});
const orphan = createMessage({
	file: 'content/modules/c.mdx',
	point: { line: 2, column: 1 },
	ruleId: 'orphan-module',
	severity: 'warning',
	message: 'module isolé',
});

describe('report formats', () => {
	it('text: one line per problem, its hint and its other places indented under it', () => {
		expect(formatText([cycle, orphan]).split('\n')).toEqual([
			'content/modules/a, b.mdx:9:5  erreur  prerequisite-cycle  les prérequis forment une boucle : a → b → a (100 %)',
			'    indice : retirez l’un des prérequis',
			'    voir aussi content/modules/b.mdx:3:7 (« b » demande « a »)',
			'content/modules/c.mdx:2:1  avertissement  orphan-module  module isolé',
			'1 erreur, 1 avertissement.',
		]);
	});

	it('github: one annotation per problem, escaped as the workflow commands require', () => {
		const [first, second, summary] = formatGithub([cycle, orphan]).split('\n');
		expect(first).toBe(
			'::error file=content/modules/a%2C b.mdx,line=9,col=5,title=prerequisite-cycle::' +
				'les prérequis forment une boucle : a → b → a (100 %25)%0Aindice : retirez l’un des prérequis%0Avoir aussi content/modules/b.mdx:3:7 (« b » demande « a »)',
		);
		expect(second).toBe('::warning file=content/modules/c.mdx,line=2,col=1,title=orphan-module::module isolé');
		expect(summary).toBe('1 erreur, 1 avertissement.');
	});

	it('json: counts and every field of each problem', () => {
		const report = JSON.parse(formatJson([cycle, orphan]));
		expect(report).toMatchObject({ errors: 1, warnings: 1 });
		expect(report.problems[0]).toEqual({
			file: 'content/modules/a, b.mdx',
			line: 9,
			column: 5,
			severity: 'error',
			code: 'prerequisite-cycle',
			message: 'les prérequis forment une boucle : a → b → a (100 %)',
			hint: 'retirez l’un des prérequis',
			related: [{ file: 'content/modules/b.mdx', line: 3, column: 7, message: '« b » demande « a »' }],
		});
		expect(report.problems[1]).not.toHaveProperty('hint');
	});
});
