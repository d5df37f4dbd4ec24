// The contribution kit a fork inherits: its workflow checks pull requests the way CONTRIBUTING says.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

interface Step {
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
}

const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/contenu.yml'), 'utf8')) as {
	on: Record<string, unknown>;
	jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((step) => step.run ?? '');

describe('the content workflow for forks', () => {
	it('runs on pull requests the since-check against the target branch, with GitHub annotations', () => {
		expect(Object.keys(workflow.on)).toContain('pull_request');
		const since = steps.find((step) => step.run?.includes('--since'));
		expect(since?.run).toContain('--format github');
		expect(since?.run).toContain('github.base_ref');
		expect(since?.if).toContain('pull_request');
	});

	it('checks, tests and builds with the Node version of .nvmrc and the whole history', () => {
		expect(runs.some((run) => run.includes('npm run check'))).toBe(true);
		expect(runs).toContain('npm test');
		expect(runs).toContain('npm run build');
		expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
		expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
	});

	it('pins every action to a version', () => {
		for (const step of steps.filter((step) => step.uses)) expect(step.uses).toMatch(/@v\d+\.\d+\.\d+$/);
	});

	it('comes with issue forms and a pull-request template in French', () => {
		for (const file of ['ISSUE_TEMPLATE/erreur-contenu.yml', 'ISSUE_TEMPLATE/proposer-contenu.yml']) {
			const form = parse(readFileSync(join(PROJECT_ROOT, '.github', file), 'utf8')) as { name: string; body: unknown[] };
			expect(form.body.length).toBeGreaterThan(0);
		}
		expect(existsSync(join(PROJECT_ROOT, '.github/pull_request_template.md'))).toBe(true);
		expect(readFileSync(join(PROJECT_ROOT, '.github/pull_request_template.md'), 'utf8')).toContain('npm run bump');
	});
});
