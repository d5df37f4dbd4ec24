// An error slipped into a copy of the commons' real content stops both `npm run check` and
// `npm run build`, each naming the file and the line, without a stack trace.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, userEnvironment, type BuiltSite } from '../../helpers/build-site.ts';
import { STACK_TRACE } from '../../helpers/cli.ts';
import { runProcess } from '../../helpers/process.ts';
/** A module every version of the commons has (see the canonical ids). */
const MODULE = 'modules/securite-donnees.mdx';

let work: string;
let contentDir: string;
let sectionLine: number;
let scriptLine: number;
let durationLine: number;
let check: { status: number | null; output: string };
let build: BuiltSite;
/** What a hidden MDX file would write if the build evaluated it. */
let marker: string;

beforeAll(async () => {
	// Inside the project (tmp/ is ignored by git), because the content folder is given relative to it.
	mkdirSync(join(PROJECT_ROOT, 'tmp'), { recursive: true });
	work = mkdtempSync(join(PROJECT_ROOT, 'tmp', 'check-build-'));
	contentDir = relative(PROJECT_ROOT, join(work, 'content')).split('\\').join('/');
	cpSync(join(PROJECT_ROOT, 'content'), join(PROJECT_ROOT, contentDir), { recursive: true });

	// Errors a contributor could make: a misspelt section, a script in the text, a duration changed without its running order.
	const file = join(PROJECT_ROOT, contentDir, MODULE);
	const lines = readFileSync(file, 'utf8').split('\n');
	sectionLine = lines.findIndex((line) => line.startsWith('section: ')) + 1;
	lines[sectionLine - 1] = lines[sectionLine - 1]!.replace(/(.)$/, '$1$1');
	// A running order that no longer adds up: the module now says 7 hours, its steps still 6.
	durationLine = lines.findIndex((line) => line === 'duration: 6') + 1;
	lines[durationLine - 1] = 'duration: 7';
	lines.push('', '<script>alert("bonjour")</script>', '');
	scriptLine = lines.length - 1;
	writeFileSync(file, lines.join('\n'));

	// Files the check could once miss while the build ran them: a hidden MDX whose export writes a
	// file on the build machine, a link to a file outside the content, a draft folder.
	marker = join(work, 'ecrit-pendant-la-construction');
	const content = join(PROJECT_ROOT, contentDir);
	writeFileSync(
		join(content, 'modules/.piege.mdx'),
		`---\ntitle: Piège\n---\n\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'écrit');\n`,
	);
	writeFileSync(join(work, 'dehors.mdx'), readFileSync(file, 'utf8'));
	symlinkSync(join(work, 'dehors.mdx'), join(content, 'modules/lien.mdx'));
	mkdirSync(join(content, 'kit/_brouillons'));
	writeFileSync(join(content, 'kit/_brouillons/page.mdx'), '---\ntitle: Brouillon\n---\n');

	// The one build of the test suite that is meant to fail: the check stops it before any page.
	const [result, built] = await Promise.all([
		runProcess('npm', ['run', '--silent', 'check'], { cwd: PROJECT_ROOT, env: { ...userEnvironment(), COMMUN_CONTENT_DIR: contentDir }, timeLimit: 60_000 }),
		buildSite(contentDir, { timeLimit: 120_000 }),
	]);
	check = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	build = built;
});

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
	if (build) rmSync(build.work, { recursive: true, force: true });
});

describe('an error in a copy of the real content', () => {
	it('fails npm run check with the file and line of each error', () => {
		expect(check.status).toBe(1);
		expect(check.output).toContain(`${contentDir}/${MODULE}:${sectionLine}:10  erreur  unknown-section  section inconnue`);
		expect(check.output).toMatch(/indice : vouliez-vous dire « [a-z-]+ » \?/);
		expect(check.output).toContain(`${contentDir}/${MODULE}:${scriptLine}:1  erreur  forbidden-html  balise « <script> » non autorisée`);
		expect(check.output).toContain(
			`${contentDir}/${MODULE}:${durationLine}:11  erreur  sequence-duration  les étapes du déroulé durent 6 h (360 min) mais le module dure 7 h (420 min)`,
		);
		expect(check.output).toContain('il manque 60 min au déroulé');
		expect(check.output).not.toMatch(STACK_TRACE);
	});

	it('refuses the files the build must not read, and the build evaluates none of them', () => {
		for (const output of [check.output, build.output]) {
			expect(output).toContain(`${contentDir}/modules/.piege.mdx:1:1  erreur  hidden-file  fichier caché « .piege.mdx »`);
			expect(output).toContain(`${contentDir}/modules/lien.mdx:1:1  erreur  symbolic-link  lien symbolique « lien.mdx »`);
			expect(output).toContain(`${contentDir}/kit/_brouillons:1:1  erreur  unowned-file  brouillon « _brouillons »`);
		}
		expect(existsSync(marker)).toBe(false);
	});

	it('fails npm run build with the same messages, before building any page', () => {
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${contentDir}/${MODULE}:${sectionLine}:10  erreur  unknown-section`);
		expect(build.output).toContain(`${contentDir}/${MODULE}:${scriptLine}:1  erreur  forbidden-html`);
		expect(build.output).toContain(`${contentDir}/${MODULE}:${durationLine}:11  erreur  sequence-duration  les étapes du déroulé durent 6 h`);
		expect(build.output).toContain('Construction arrêtée');
		expect(build.output).not.toMatch(STACK_TRACE);
	});
});
