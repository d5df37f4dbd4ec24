// Printing the benchmark's numbers as aligned tables, French style (1 000, 0,52 s).
import type { BuildTiming, CheckTiming } from './measure.ts';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function table(header: string[], rows: string[][]): string {
	const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
	const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const seconds = (ms: number) => `${decimal.format(ms / 1000)} s`;

export function checkTable(timings: readonly CheckTiming[]): string {
	return table(
		['modules', 'fichiers', 'lecture', 'règles', 'total', 'par module', 'commande', 'problèmes'],
		timings.map((timing) => [
			integer.format(timing.modules),
			integer.format(timing.files),
			seconds(timing.loadMs),
			seconds(timing.rulesMs),
			seconds(timing.loadMs + timing.rulesMs),
			`${decimal.format(((timing.loadMs + timing.rulesMs) * 1000) / timing.modules)} µs`,
			seconds(timing.commandMs),
			integer.format(timing.problems),
		]),
	);
}

export function buildTable(builds: readonly BuildTiming[]): string {
	const perPage = (ms: number, build: BuildTiming) => (build.pages > 0 ? ms / build.pages : Number.NaN);
	const baseline = builds.at(-1)!;
	return table(
		['construction', 'pages', 'durée', 'par page', 'rapport', 'processeur', 'par page', 'rapport'],
		builds.map((build) => [
			build.status === 0 ? build.label : `${build.label} (échec)`,
			integer.format(build.pages),
			seconds(build.ms),
			`${decimal.format(perPage(build.ms, build))} ms`,
			`${decimal.format(perPage(build.ms, build) / perPage(baseline.ms, baseline))} ×`,
			seconds(build.cpuMs),
			`${decimal.format(perPage(build.cpuMs, build))} ms`,
			`${decimal.format(perPage(build.cpuMs, build) / perPage(baseline.cpuMs, baseline))} ×`,
		]),
	);
}

/** The best of several runs of one build: the one least disturbed by other programs. */
export function bestOf(runs: readonly BuildTiming[]): BuildTiming {
	const succeeded = runs.filter((run) => run.status === 0);
	if (succeeded.length === 0) return runs[0]!;
	return {
		...succeeded[0]!,
		ms: Math.min(...succeeded.map((run) => run.ms)),
		cpuMs: Math.min(...succeeded.map((run) => run.cpuMs)),
	};
}
