// What the benchmark measures: the check step on a corpus, and a full site build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecks } from '../checks/index.ts';
import { loadProject } from '../model/project.ts';
import { syntheticCorpus, writeCorpus, type Corpus } from './corpus.ts';

export interface CheckTiming {
	modules: number;
	files: number;
	/** Reading and validating the files, and building the graph, in this process. */
	loadMs: number;
	/** Running every rule over the loaded content. */
	rulesMs: number;
	/** `node scripts/check.ts` as a separate process, from start to exit. */
	commandMs: number;
	problems: number;
}

/** Generates a corpus of `modules` modules in a temporary folder and times the check step on it. */
export function measureCheck(modules: number, checkScript: string): CheckTiming {
	const corpus = syntheticCorpus({ modules });
	const root = mkdtempSync(join(tmpdir(), 'commun-bench-'));
	try {
		writeCorpus(corpus, join(root, 'content'));
		const start = performance.now();
		const project = loadProject({ root, contentDir: 'content' });
		const loaded = performance.now();
		const messages = runChecks(project);
		const checked = performance.now();
		const commandStart = performance.now();
		spawnSync(process.execPath, [checkScript, '--format', 'json'], {
			cwd: root,
			env: { ...process.env, COMMUN_CONTENT_DIR: 'content' },
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
		});
		return {
			modules,
			files: corpus.files.size,
			loadMs: loaded - start,
			rulesMs: checked - loaded,
			commandMs: performance.now() - commandStart,
			problems: messages.length,
		};
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

export interface BuildTiming {
	label: string;
	pages: number;
	/** Wall-clock time, start to exit. */
	ms: number;
	/** Processor time of every Node process of the build: less disturbed by other programs running. */
	cpuMs: number;
	status: number;
	/** The end of the output, to explain a failed build. */
	tail: string;
}

/**
 * Preloaded into every Node process of a build (through NODE_OPTIONS): on exit, appends the
 * process's own processor time, in microseconds, to the file named by COMMUN_BENCH_CPU.
 */
const CPU_REPORTER = `data:text/javascript;base64,${Buffer.from(
	"import { appendFileSync } from 'node:fs';" +
		"process.on('exit', () => { const usage = process.resourceUsage();" +
		"appendFileSync(process.env.COMMUN_BENCH_CPU, `${usage.userCPUTime + usage.systemCPUTime}\\n`); });",
).toString('base64')}`;

function countPages(folder: string): number {
	try {
		return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;
	} catch {
		return 0;
	}
}

/** Runs a build command and counts the HTML pages it wrote into `outDir`. */
export function measureBuild(label: string, command: string[], options: { cwd: string; env: NodeJS.ProcessEnv; outDir: string }): BuildTiming {
	const cpuFile = join(mkdtempSync(join(tmpdir(), 'commun-bench-cpu-')), 'cpu.txt');
	const start = performance.now();
	const result = spawnSync(process.execPath, command, {
		cwd: options.cwd,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			COMMUN_BENCH_CPU: cpuFile,
			NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${CPU_REPORTER}`.trim(),
			...options.env,
		},
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	const ms = performance.now() - start;
	const cpuMs = existsSync(cpuFile)
		? readFileSync(cpuFile, 'utf8').split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line) / 1000, 0)
		: Number.NaN;
	rmSync(join(cpuFile, '..'), { recursive: true, force: true });
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	return { label, pages: countPages(options.outDir), ms, cpuMs, status: result.status ?? 1, tail: output.split('\n').slice(-15).join('\n') };
}

export type { Corpus };
