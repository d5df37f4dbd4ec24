// The commons' real content, read through the model as the site reads it: what a reader of the
// catalogue would notice if a sheet were missing, misplaced or out of date.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { compareModuleNumbers, linkModuleIds, type ModuleEntry } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/project.ts';
import { formatText } from '../../src/report/text.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { compareVersions } from '../../src/versioning/semver.ts';

const project = loadProject({ root: PROJECT_ROOT, contentDir: 'content' });
const { graph } = project;

function moduleNumbered(number: string): ModuleEntry {
	const found = [...graph.byCollection.modules.values()].find((module) => module.data.number === number);
	if (!found) throw new Error(`aucun module ne porte le numéro ${number}`);
	return found;
}

/** The display numbers of the modules a prerequisite list names, whatever their shape. */
function prerequisiteNumbers(number: string): string[][] {
	return graph
		.prerequisites(moduleNumbered(number).id)
		.map((link) => linkModuleIds(link).map((id) => graph.get('modules', id)?.data.number ?? `inconnu:${id}`))
		.filter((numbers) => numbers.length > 0);
}

describe('the commons’ own content', () => {
	it('passes the check step without any error', () => {
		const errors = runChecks(project).filter((message) => message.fatal);
		expect(errors, formatText(errors)).toEqual([]);
	});
});

describe('the catalogue’s module sheets', () => {
	// The seeds' README and the issue say "14 sheets", but list 1–9, 10, 10A, 10B, 10C: thirteen, as the
	// catalogue's own table of contents does.
	it('has the 13 modules of the catalogue (1–9, 10, 10A–10C), each in its section, in catalogue order', () => {
		const bySection = graph.sectionsInOrder().map((section) => ({
			section: section.data.title,
			numbers: graph.modulesInSection(section.id).map((module) => module.data.number),
		}));
		expect(bySection).toEqual([
			{ section: 'Le numérique', numbers: ['1', '2', '3', '4'] },
			{ section: 'L’accompagnement', numbers: ['5', '6', '7', '8', '9'] },
			{ section: 'Les sites institutionnels', numbers: ['10', '10A', '10B', '10C'] },
		]);
		expect(graph.byCollection.modules.size).toBe(13);
	});

	it('gives every sheet objectives and a body of contents', () => {
		expect(graph.byCollection.modules.size).toBeGreaterThan(5);
		for (const module of graph.byCollection.modules.values()) {
			expect(module.data.objectives.length, module.id).toBeGreaterThan(0);
			const entry = project.content.entries.find((candidate) => candidate.file === module.file);
			const headings = entry?.tree?.children.filter((node) => node.type === 'heading' && node.depth === 2) ?? [];
			expect(headings.length, `${module.id} : aucun titre « ## » de contenu`).toBeGreaterThan(0);
		}
	});

	it('lets module 9 be taken by someone who already runs mediation, or else after module 7 or module 8', () => {
		const links = graph.prerequisites(moduleNumbered('9').id);
		const choice = links.find((link) => link.kind === 'competence' && link.moduleIds.length === 2);
		expect(choice, 'le module 9 n’a pas de prérequis « savoir animer, sinon le module 7 ou le module 8 »').toBeDefined();
		const numbers = linkModuleIds(choice!).map((id) => graph.get('modules', id)?.data.number ?? `inconnu:${id}`);
		expect(numbers.sort(compareModuleNumbers)).toEqual(['7', '8']);
	});

	it('asks modules 3, 7 and 10 before each institutional website (10A, 10B, 10C)', () => {
		for (const number of ['10A', '10B', '10C']) {
			const required = prerequisiteNumbers(number)
				.filter((numbers) => numbers.length === 1)
				.map((numbers) => numbers[0]!);
			expect(required.sort(compareModuleNumbers), `module ${number}`).toEqual(['3', '7', '10']);
		}
	});

	it('keeps the competence-or-module prerequisites of modules 3 and 8 (module 2 can replace the competence)', () => {
		for (const number of ['3', '8']) {
			const link = graph.prerequisites(moduleNumbered(number).id).find((candidate) => candidate.kind === 'competence');
			expect(link?.kind === 'competence' && link.moduleIds.map((id) => graph.get('modules', id)?.data.number), `module ${number}`).toEqual(['2']);
		}
	});

	it('credits the catalogue as the origin of every sheet, and says each sheet was modified from it', () => {
		for (const module of graph.byCollection.modules.values()) {
			expect(module.data.derivedFrom?.source, module.id).toMatch(/Coll\.in/);
			expect(module.data.modified, `${module.id} : la fiche afficherait « Modifié : non »`).toBe(true);
		}
	});

	it('describes today’s France Travail in module 10B, with the rename recorded as a version bump', () => {
		const module = moduleNumbered('10B');
		expect(module.data.title).toContain('francetravail.fr');
		expect(module.data.title).not.toMatch(/p[oô]le[- ]emploi/i);
		expect(compareVersions(module.data.version, '1.0.0')).toBeGreaterThan(0);
		const changelog = module.data.changelog;
		expect(changelog.at(-1)?.version).toBe(module.data.version);
		const rename = changelog.find((entry) => /France Travail/.test(entry.summary) && /Pôle emploi/i.test(entry.summary));
		expect(rename, 'aucune entrée du journal ne mentionne le changement de nom').toBeDefined();
		expect(compareVersions(rename!.version, '1.0.0')).toBeGreaterThan(0);
		expect(changelog.some((entry) => entry.version === '1.0.0')).toBe(true);
	});
});

describe('the catalogue’s learning paths', () => {
	const parcours = [...graph.byCollection.parcours.values()];

	it('has the catalogue’s example and the three other paths', () => {
		expect(parcours.map((entry) => entry.id).sort()).toEqual(['accueil-public', 'mediation-numerique', 'premiers-reperes', 'travail-social']);
	});

	it('opens a path with module 1 and follows the catalogue’s follow-ups of module 1 (2, 3, 6)', () => {
		const path = graph.get('parcours', 'premiers-reperes')!;
		expect(path.data.steps.map((step) => graph.get('modules', step.module)?.data.number)).toEqual(['1', '2', '3', '6']);
	});

	it('gives the social workers’ path modules 3, 6 and 7, with the three needs of the diagnosis', () => {
		const path = graph.get('parcours', 'travail-social')!;
		expect(path.data.steps.map((step) => graph.get('modules', step.module)?.data.number)).toEqual(['3', '6', '7']);
		expect(path.data.needs).toHaveLength(3);
	});

	it.each(parcours.map((entry) => [entry.id, entry] as const))('%s places every module after the prerequisites it contains', (_id, entry) => {
		const position = new Map(entry.data.steps.map((step, index) => [step.module, index]));
		const misplaced: string[] = [];
		entry.data.steps.forEach((step, index) => {
			for (const link of graph.prerequisites(step.module)) {
				const inPath = linkModuleIds(link).filter((id) => position.has(id));
				if (inPath.length === 0) continue;
				// One module of an either/or choice is enough; every other shape names a single module.
				const before = inPath.filter((id) => position.get(id)! < index);
				if (before.length === 0) misplaced.push(`${step.module} vient avant ${inPath.join(' / ')}`);
			}
		});
		expect(misplaced).toEqual([]);
	});

	it.each(parcours.map((entry) => [entry.id, entry] as const))('%s lasts the sum of its module sheets’ durations', (_id, entry) => {
		const durations = entry.data.steps.map((step) => graph.get('modules', step.module)!.data.duration);
		const totals = graph.parcoursTotals(entry.id);
		expect(totals.hours).toBe(durations.reduce<number>((sum, hours) => sum + (hours ?? 0), 0));
		expect(totals.withoutDuration).toEqual(entry.data.steps.filter((_, index) => durations[index] === undefined).map((step) => step.module));
		expect(totals.hours).toBeGreaterThan(0);
	});
});

describe('the personas, for the person running the role play', () => {
	const personas = [...graph.byCollection.personas.values()];

	it.each(personas.map((entry) => [entry.id, entry] as const))('%s has the actions expected at each of the four steps, a pitfall and answers', (_id, entry) => {
		const animation = entry.data.animation;
		expect(animation, 'pas de notes pour l’animation').toBeDefined();
		for (const step of ['accueil', 'diagnostic', 'accompagnement', 'orientation'] as const) expect(animation!.expected[step].length, step).toBeGreaterThan(0);
		expect(animation!.pitfalls.length).toBeGreaterThan(0);
		expect(animation!.answers.length).toBeGreaterThan(0);
	});

	it('shows on the persona’s page the dated sources its answers point to, and only those personas have some', () => {
		const citing = personas.filter((entry) => entry.data.animation?.answers.some((answer) => /sources? datées?/.test(answer))).map((entry) => entry.id);
		const sourced = personas.filter((entry) => entry.data.sources.length > 0).map((entry) => entry.id);
		expect(citing.length).toBeGreaterThan(0);
		expect(sourced.sort()).toEqual(citing.sort());
	});
});
