// `npm run retirer` removes a module and every kind of reference to it, so that the check passes.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { retireModules, type RetireResult } from '../../../src/authoring/retire.ts';
import { runChecks } from '../../../src/checks/index.ts';
import { loadProject } from '../../../src/model/project.ts';
import { commitAll, initRepository } from '../../helpers/git-repo.ts';

const VALID = join(import.meta.dirname, '../../fixtures/check/valid/content');

/** The valid fixture, where `proteger` is named in every way a content can name a module. */
function fixture(): string {
	const root = mkdtempSync(join(tmpdir(), 'commun-retirer-'));
	cpSync(VALID, join(root, 'content'), { recursive: true });
	const edit = (file: string, from: string | RegExp, to: string) => {
		const path = join(root, 'content', file);
		const text = readFileSync(path, 'utf8');
		expect(text).toMatch(from);
		writeFileSync(path, text.replace(from, to));
	};
	edit('roles/agent.mdx', 'modules: [accueillir]', 'modules: [accueillir, proteger]');
	edit('decks/atelier.mdx', 'modules: [animer]', 'modules: [animer, proteger]');
	edit('modules/accueillir.mdx', 'prerequisites:\n', 'prerequisites:\n  - proteger\n');
	edit('kit/pourquoi.mdx', 'Texte inventé de la page.', 'Texte inventé : [la fiche](/modules/proteger/), :module[proteger]{texte="protéger les données"} et [son historique](../../modules/proteger/historique/).');
	return root;
}

const read = (root: string, file: string) => readFileSync(join(root, 'content', file), 'utf8');
const problems = (root: string) => runChecks(loadProject({ root, contentDir: 'content' })).map((message) => `${message.ruleId} ${message.file}`);

describe('npm run retirer', () => {
	let root: string;
	let before: string[];
	let result: RetireResult;
	beforeAll(() => {
		root = fixture();
		before = problems(root);
		result = retireModules({ project: loadProject({ root, contentDir: 'content' }), ids: ['proteger'], date: '2026-12-03' });
	});

	it('removes the module’s file and leaves the check with nothing new to say', () => {
		expect(existsSync(join(root, 'content/modules/proteger.mdx'))).toBe(false);
		const after = problems(root);
		expect(after.filter((problem) => !before.includes(problem))).toEqual([]);
		expect(after.filter((problem) => /^unknown-/.test(problem))).toEqual([]);
	});

	it('rewrites the three shapes of prerequisites', () => {
		const accueillir = read(root, 'modules/accueillir.mdx');
		// A plain prerequisite goes; anyOf with one module left becomes that module; orModule goes, the competence stays.
		expect(accueillir).toContain('prerequisites:\n  - decouvrir\n  - text: Savoir protéger des données\n');
		expect(accueillir).not.toContain('orModule');
		expect(read(root, 'modules/animer.md')).toContain('  - text: Aimer parler en public\n    orModule: decouvrir\n');
	});

	it('removes it from follow-ups, parcours steps and the lists of personas, roles, glossary terms and decks', () => {
		expect(read(root, 'modules/decouvrir.mdx')).not.toMatch(/^\s+- proteger$/m);
		expect(read(root, 'parcours/premiers-pas.mdx')).toContain('steps:\n  - decouvrir\n  - accueillir\n');
		for (const file of ['personas/lea.mdx', 'roles/agent.mdx', 'glossaire/donnee.mdx', 'decks/atelier.mdx']) {
			// The changelog names it, saying why the version changed; nothing else does.
			const lines = read(root, file).split('\n').filter((line) => !line.includes('summary:'));
			expect(lines.filter((line) => line.includes('proteger')), file).toEqual([]);
		}
		expect(read(root, 'decks/atelier.mdx')).toContain('modules: [animer]');
		expect(read(root, 'roles/agent.mdx')).toContain('modules: [accueillir]');
	});

	it('turns :module[…] and links to its pages into their words', () => {
		expect(read(root, 'modules/decouvrir.mdx')).toContain('reviennent dans Protéger les données, la :section[pratique]');
		expect(read(root, 'kit/pourquoi.mdx')).toContain('Texte inventé : la fiche, protéger les données et son historique.');
	});

	it('gives each versioned content it touched a patch version saying why, and says what it did', () => {
		expect(read(root, 'parcours/premiers-pas.mdx')).toContain('version: 1.0.1');
		expect(read(root, 'modules/accueillir.mdx')).toMatch(/version: 1\.0\.1[\s\S]*summary: .*Références au module retiré proteger enlevées/);
		const parcours = result.edited.find((file) => file.file === 'content/parcours/premiers-pas.mdx');
		expect(parcours).toEqual({ file: 'content/parcours/premiers-pas.mdx', changes: ['étapes : proteger retiré'], version: '1.0.0 → 1.0.1' });
		expect(result.edited.find((file) => file.file === 'content/personas/lea.mdx')?.version).toBeUndefined();
	});

	it('refuses an id nothing knows, and changes nothing', () => {
		const fresh = fixture();
		expect(() => retireModules({ project: loadProject({ root: fresh, contentDir: 'content' }), ids: ['inconnu'], date: '2026-12-03' })).toThrow('module inconnu : « inconnu »');
		expect(existsSync(join(fresh, 'content/modules/proteger.mdx'))).toBe(true);
	});
});

describe('a module removed by hand', () => {
	it('is named « module retiré ? » by the check, with the command that removes its references', () => {
		const root = fixture();
		initRepository(root);
		commitAll(root, 'Le catalogue');
		rmSync(join(root, 'content/modules/proteger.mdx'));
		commitAll(root, 'Retrait de proteger');
		const unknown = runChecks(loadProject({ root, contentDir: 'content' })).filter((message) => message.ruleId === 'unknown-module');
		expect(unknown.length).toBeGreaterThan(3);
		for (const message of unknown) {
			expect(message.message).toBe('module inconnu « proteger »');
			expect(message.hint).toContain('module retiré ? son fichier existait dans l’historique git');
			expect(message.hint).toContain('npm run retirer -- proteger');
		}
		// …which then clears them, the file being gone already.
		retireModules({ project: loadProject({ root, contentDir: 'content' }), ids: ['proteger'], date: '2026-12-03' });
		expect(runChecks(loadProject({ root, contentDir: 'content' })).filter((message) => message.ruleId?.startsWith('unknown-'))).toEqual([]);
	});
});

describe('npm run retirer on the commons', () => {
	it('removes its most cited module and the check has nothing new to say', () => {
		const commons = join(import.meta.dirname, '../../../content');
		const project = loadProject({ root: join(commons, '..'), contentDir: 'content' });
		const cited = (id: string) => project.graph.references.filter((reference) => reference.target === 'modules' && reference.id === id).length;
		const [mostCited] = project.graph.modulesInCatalogueOrder().map((module) => module.id).sort((a, b) => cited(b) - cited(a));
		expect(cited(mostCited!)).toBeGreaterThan(10);
		const key = (message: { ruleId?: string | null; file?: string; reason: string }) => `${message.ruleId} ${message.file} ${message.reason}`;
		const root = mkdtempSync(join(tmpdir(), 'commun-retirer-'));
		cpSync(commons, join(root, 'content'), { recursive: true });
		const before = new Set(runChecks(loadProject({ root, contentDir: 'content' })).map(key));
		retireModules({ project: loadProject({ root, contentDir: 'content' }), ids: [mostCited!], date: '2026-12-03' });
		const after = runChecks(loadProject({ root, contentDir: 'content' })).map(key);
		expect(after.filter((problem) => !before.has(problem))).toEqual([]);
	}, 60_000);
});
