// The learning-path builder's logic, shared by the page (in the browser) and the tests: from a
// choice of modules, the missing prerequisites, an order where prerequisites come first, totals.
// Pure data in, data out: no DOM, no model import, so that it runs anywhere.

/** A prerequisite as the model resolves it (see PrerequisiteLink in src/model/graph.ts). */
export type PlanPrerequisite =
	| { kind: 'module'; moduleId: string }
	| { kind: 'anyOf'; moduleIds: string[] }
	| { kind: 'competence'; text: string; moduleIds: string[] };

export interface PlanModule {
	id: string;
	number: string;
	title: string;
	/** Hours; absent when the sheet does not say. */
	duration?: number;
	/** Position in the catalogue: section order, then number. */
	order: number;
	prerequisites: PlanPrerequisite[];
}

export interface PlanData {
	modules: PlanModule[];
	/** Starting points: a parcours's steps, a persona's modules. */
	parcours: { id: string; title: string; modules: string[] }[];
	personas: { id: string; name: string; modules: string[] }[];
}

/** Why a module is in the plan, or what the plan still lacks. */
export type PlanNote =
	| { kind: 'added'; moduleId: string; requiredBy: string }
	| { kind: 'missing'; moduleId: string; requiredBy: string }
	| { kind: 'missing-choice'; moduleIds: string[]; requiredBy: string }
	| { kind: 'competence'; text: string; moduleIds: string[]; requiredBy: string };

export interface Plan {
	/** The modules in an order where each comes after its prerequisites that are in the plan. */
	steps: PlanModule[];
	notes: PlanNote[];
	hours: number;
	/** Modules without a duration: the total leaves them out. */
	withoutDuration: string[];
	/** Half-day sessions: each module takes whole sessions of up to 3 h 30. */
	sessions: number;
	/** Ids asked for that the catalogue does not have (an old shared link). */
	unknown: string[];
}

/** Longest session a module fills before it needs another: a half day. */
export const SESSION_HOURS = 3.5;

export interface PlanOptions {
	/** Add the missing prerequisites (and their own) instead of only flagging them. */
	addMissing: boolean;
}

export function sessionsFor(hours: number): number {
	return Math.max(1, Math.ceil(hours / SESSION_HOURS - 1e-9));
}

/**
 * The path for `selection`. With `addMissing`, a required module is added, and for a choice
 * ("anyOf") the first option in catalogue order; a competence is never added (the person may have
 * it), only noted with the module that can replace it.
 */
export function planPath(data: PlanData, selection: readonly string[], options: PlanOptions): Plan {
	const byId = new Map(data.modules.map((module) => [module.id, module]));
	const unknown = [...new Set(selection.filter((id) => !byId.has(id)))];
	const chosen = new Set(selection.filter((id) => byId.has(id)));
	const notes: PlanNote[] = [];
	const byOrder = (a: string, b: string) => byId.get(a)!.order - byId.get(b)!.order;

	// Settle requirements until nothing changes: an added module may need others.
	const queue = [...chosen].sort(byOrder);
	const settled = new Set<string>();
	while (queue.length > 0) {
		const id = queue.shift()!;
		if (settled.has(id)) continue;
		settled.add(id);
		for (const prerequisite of byId.get(id)!.prerequisites) {
			if (prerequisite.kind === 'competence') {
				if (prerequisite.moduleIds.some((option) => chosen.has(option))) continue;
				notes.push({ kind: 'competence', text: prerequisite.text, moduleIds: prerequisite.moduleIds, requiredBy: id });
				continue;
			}
			const options_ = (prerequisite.kind === 'module' ? [prerequisite.moduleId] : prerequisite.moduleIds).filter((option) => byId.has(option));
			if (options_.length === 0 || options_.some((option) => chosen.has(option))) continue;
			if (options.addMissing) {
				const added = [...options_].sort(byOrder)[0]!;
				chosen.add(added);
				queue.push(added);
				notes.push({ kind: 'added', moduleId: added, requiredBy: id });
			} else if (prerequisite.kind === 'module') {
				notes.push({ kind: 'missing', moduleId: options_[0]!, requiredBy: id });
			} else {
				notes.push({ kind: 'missing-choice', moduleIds: [...options_].sort(byOrder), requiredBy: id });
			}
		}
	}

	const steps = orderModules([...chosen].map((id) => byId.get(id)!), chosen);
	const withoutDuration = steps.filter((module) => module.duration === undefined).map((module) => module.id);
	const timed = steps.filter((module) => module.duration !== undefined);
	return {
		steps,
		notes,
		hours: timed.reduce((sum, module) => sum + module.duration!, 0),
		withoutDuration,
		sessions: timed.reduce((sum, module) => sum + sessionsFor(module.duration!), 0),
		unknown,
	};
}

/** The prerequisites of `module` that are in the plan: these must come before it. */
function before(module: PlanModule, inPlan: ReadonlySet<string>): string[] {
	return module.prerequisites.flatMap((prerequisite) => {
		if (prerequisite.kind === 'module') return inPlan.has(prerequisite.moduleId) ? [prerequisite.moduleId] : [];
		return prerequisite.moduleIds.filter((id) => inPlan.has(id));
	});
}

/**
 * Topological order, stable by catalogue position: among the modules whose prerequisites are all
 * placed, the first in the catalogue comes next. A cycle (a content error the check reports) does
 * not lose modules: they follow in catalogue order.
 */
export function orderModules(modules: readonly PlanModule[], inPlan: ReadonlySet<string> = new Set(modules.map((module) => module.id))): PlanModule[] {
	const waiting = new Map(modules.map((module) => [module.id, new Set(before(module, inPlan))]));
	const placed: PlanModule[] = [];
	const done = new Set<string>();
	const remaining = [...modules].sort((a, b) => a.order - b.order);
	while (remaining.length > 0) {
		let index = remaining.findIndex((module) => [...waiting.get(module.id)!].every((id) => done.has(id) || !waiting.has(id)));
		if (index === -1) index = 0;
		const [next] = remaining.splice(index, 1);
		placed.push(next!);
		done.add(next!.id);
	}
	return placed;
}

/** The selection in a shareable address: "?modules=a,b,c". Ids are lower-case words and hyphens. */
export function selectionToSearch(selection: readonly string[]): string {
	return selection.length === 0 ? '' : `?modules=${selection.join(',')}`;
}

/** What a shared address asks for: modules, or a parcours or persona to start from. */
export function selectionFromSearch(search: string, data: PlanData): string[] {
	const params = new URLSearchParams(search);
	const ids = (params.get('modules') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
	const parcours = params.get('parcours');
	const persona = params.get('persona');
	const start = [
		...(parcours ? (data.parcours.find((item) => item.id === parcours)?.modules ?? []) : []),
		...(persona ? (data.personas.find((item) => item.id === persona)?.modules ?? []) : []),
	];
	return [...new Set([...start, ...ids])];
}
