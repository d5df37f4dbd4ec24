// Synthetic content for the benchmark: N modules with random acyclic prerequisites, personas and parcours.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CorpusOptions {
	modules: number;
	/** Same seed, same corpus: runs compare like with like. */
	seed?: number;
}

export interface Corpus {
	/** Content files by path relative to the content folder. */
	files: Map<string, string>;
	moduleIds: string[];
}

/** A small deterministic generator (mulberry32): Math.random cannot be seeded. */
function randomFrom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = [
	'atelier', 'usager', 'démarche', 'écran', 'clavier', 'courriel', 'dossier', 'accueil', 'réseau', 'partage',
	'fichier', 'compte', 'identifiant', 'formulaire', 'téléphone', 'aide', 'parcours', 'droit', 'service', 'guichet',
];

const SECTION_COUNT = 5;
const TERM_COUNT = 20;

function sentence(random: () => number, length: number): string {
	const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
	const text = words.join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** An observable objective with how it is checked, as a filled module sheet writes it. */
function objective(random: () => number, length: number): string {
	return `{ text: "Identifier ${sentence(random, length).toLowerCase()}", assessedBy: "${sentence(random, 4)}" }`;
}

function moduleId(index: number): string {
	return `module-${String(index + 1).padStart(5, '0')}`;
}

function yamlList(items: readonly string[], indent = '  '): string {
	return items.map((item) => `\n${indent}- ${item}`).join('');
}

function moduleFile(index: number, count: number, random: () => number): string {
	const id = moduleId(index);
	const prerequisites: string[] = [];
	// Prerequisites only point to earlier modules, so the graph has no cycle.
	const earlier = Math.min(index, 3);
	for (let k = 0; k < earlier; k++) {
		if (random() < 0.5) continue;
		const target = moduleId(Math.floor(random() * index));
		const shape = random();
		if (prerequisites.some((line) => line.includes(target))) continue;
		if (shape < 0.5) prerequisites.push(target);
		else if (shape < 0.75 && index >= 2) {
			const other = moduleId(Math.floor(random() * index));
			if (other !== target) prerequisites.push(`anyOf: [${target}, ${other}]`);
		} else prerequisites.push(`text: ${sentence(random, 4)}\n    orModule: ${target}`);
	}
	// Each module leads to the next one, so that none is an orphan, and sometimes to one further on.
	const followUps = index + 1 < count ? [moduleId(index + 1)] : [];
	if (index + 2 < count && random() < 0.3) followUps.push(moduleId(index + 2 + Math.floor(random() * Math.min(5, count - index - 2))));
	const section = `section-${(index % SECTION_COUNT) + 1}`;
	const term = `terme-${(index % TERM_COUNT) + 1}`;
	const mention = index > 0 ? ` Voir aussi :module[${moduleId(index - 1)}].` : '';
	const header = [
		`title: Module synthétique ${index + 1}`,
		`number: "${index + 1}"`,
		`section: ${section}`,
		`summary: ${sentence(random, 12)}`,
		`objectives:${yamlList([objective(random, 6), objective(random, 7)])}`,
		prerequisites.length > 0 ? `prerequisites:${yamlList(prerequisites)}` : '',
		`competences:\n  savoir:${yamlList([sentence(random, 5)], '    ')}\n  savoirFaire:${yamlList([sentence(random, 5)], '    ')}`,
		`methods:${yamlList([sentence(random, 3)])}`,
		followUps.length > 0 ? `followUps:${yamlList(followUps)}` : '',
		`duration: ${1 + Math.floor(random() * 14) / 2}`,
		'participants:\n  max: 12',
		`evaluation:\n  formative: ${sentence(random, 5)}\n  summative: ${sentence(random, 6)}`,
		'keywords: [synthèse, test]',
		'version: 1.0.0',
		'updated: 2026-01-15',
		'changelog:\n  - { version: 1.0.0, date: 2026-01-15, summary: Création. }',
	].filter((line) => line !== '');
	const body = [
		`## ${sentence(random, 3).slice(0, -1)}`,
		'',
		`${sentence(random, 40)} Le :term[${term}] revient souvent.${mention}`,
		'',
		`- ${sentence(random, 8)}`,
		`- ${sentence(random, 8)}`,
		'',
		`## ${sentence(random, 4).slice(0, -1)}`,
		'',
		sentence(random, 60),
	];
	return `---\n${header.join('\n')}\n---\n\n${body.join('\n')}\n`;
}

/** Builds the files of a corpus of `modules` modules; nothing is written. */
export function syntheticCorpus({ modules, seed = 42 }: CorpusOptions): Corpus {
	const random = randomFrom(seed);
	const files = new Map<string, string>();
	files.set(
		'organisation.yaml',
		[
			'name: Organisme synthétique',
			'shortName: Synthèse',
			'contact:\n  email: bench@exemple.org',
			'address:\n  city: Testville',
			// The practical information every module shares, as a training organisation writes it once.
			'training:',
			'  access: Inscription par courriel.',
			'  leadTime: Deux semaines avant la session.',
			'  price: { quote: true }',
			'  contacts:\n    pedagogical: { name: Coordination, email: pedagogie@exemple.org }',
			'  disabilityAccess: Salles de plain-pied ; besoins à signaler à l’inscription.',
			'territory:\n  - Département de test',
			'',
		].join('\n'),
	);
	for (let s = 1; s <= SECTION_COUNT; s++) {
		files.set(`sections/section-${s}.mdx`, `---\ntitle: Section ${s}\norder: ${s}\nsummary: ${sentence(random, 8)}\n---\n\n${sentence(random, 20)}\n`);
	}
	for (let t = 1; t <= TERM_COUNT; t++) {
		files.set(
			`glossaire/terme-${t}.mdx`,
			`---\nterm: Terme ${t}\ndefinition: ${sentence(random, 10)}\nsource:\n  title: Source synthétique\n---\n\n${sentence(random, 20)}\n`,
		);
	}
	const moduleIds = Array.from({ length: modules }, (_, index) => moduleId(index));
	moduleIds.forEach((id, index) => files.set(`modules/${id}.mdx`, moduleFile(index, modules, random)));

	// One persona per ten modules, each linked to the ten modules of its slice.
	for (let p = 0; p * 10 < modules; p++) {
		const linked = moduleIds.slice(p * 10, p * 10 + 10);
		files.set(
			`personas/persona-${p + 1}.mdx`,
			`---\nname: Personne ${p + 1}\nage: ${20 + (p % 60)}\nplace: médiathèque\nsituation: ${sentence(random, 15)}\nobstacles: [materiel]\nmodules:${yamlList(linked)}\n---\n\n${sentence(random, 30)}\n`,
		);
	}
	// One parcours per twenty modules: five modules taken in ascending order, which respects prerequisites.
	for (let c = 0; c * 20 < modules; c++) {
		const steps = moduleIds.slice(c * 20, c * 20 + 20).filter((_, index) => index % 4 === 0);
		files.set(
			`parcours/parcours-${c + 1}.mdx`,
			`---\ntitle: Parcours ${c + 1}\nsummary: ${sentence(random, 10)}\naudience: professionnel·le·s de test\nsteps:${yamlList(steps)}\npersonas: [persona-${c * 2 + 1}]\nversion: 1.0.0\nupdated: 2026-01-15\n---\n\n${sentence(random, 20)}\n`,
		);
	}
	return { files, moduleIds };
}

/** Writes a corpus under `contentDir` (absolute). */
export function writeCorpus(corpus: Corpus, contentDir: string): void {
	for (const [path, text] of corpus.files) {
		const absolute = join(contentDir, path);
		mkdirSync(dirname(absolute), { recursive: true });
		writeFileSync(absolute, text);
	}
}
