// `sequence-duration`: the steps of a module's running order add up to its duration, and none is
// shorter than five minutes (a step that short is a note, not a part of the day).
import { formatMinutes } from '../model/format.ts';
import type { LoadedEntry } from '../model/load.ts';
import { trainingMinutes } from '../model/training-info.ts';
import type { Rule } from './rule.ts';

/** Shortest step a running order can hold, in minutes. */
export const MIN_STEP_MINUTES = 5;

/** "45 min", or "5 h 40 (340 min)" where the hours alone would hide the count. */
function length(minutes: number): string {
	const written = formatMinutes(minutes);
	return written === `${minutes} min` ? written : `${written} (${minutes} min)`;
}

/** 390 → "6.5": hours as a contributor writes them in `duration`. */
function hours(minutes: number): string {
	return String(Math.round((minutes / 60) * 100) / 100);
}

export const sequenceDuration: Rule = {
	id: 'sequence-duration',
	severity: 'error',
	description: `Les étapes du déroulé d’un module (« sequence ») font sa durée (« duration »), pauses repas exclues ; chaque étape dure au moins ${MIN_STEP_MINUTES} minutes.`,
	check(context) {
		for (const module of context.graph.byCollection.modules.values()) {
			const entry = module as LoadedEntry<'modules'>;
			const { sequence, duration } = entry.data;
			if (sequence.length === 0) continue;
			sequence.forEach((step, index) => {
				if (step.break || step.minutes >= MIN_STEP_MINUTES) return;
				context.report({
					file: entry.file,
					point: context.at(entry, ['sequence', index, 'minutes']),
					message: `l’étape « ${step.title} » dure ${step.minutes} min : une étape du déroulé dure au moins ${MIN_STEP_MINUTES} minutes`,
					hint: 'regroupez-la avec l’étape voisine, ou donnez-lui plus de temps',
				});
			});
			const total = trainingMinutes(sequence);
			if (duration === undefined) {
				context.report({
					file: entry.file,
					point: context.at(entry, ['sequence'], { key: true }),
					message: `le déroulé dure ${length(total)} mais le module n’indique pas sa durée`,
					hint: `ajoutez « duration: ${hours(total)} » (en heures)`,
				});
				continue;
			}
			const expected = Math.round(duration * 60);
			if (total === expected) continue;
			const gap = Math.abs(expected - total);
			const lastIndex = sequence.findLastIndex((step) => !step.break);
			context.report({
				file: entry.file,
				point: context.at(entry, ['duration']),
				message: `les étapes du déroulé durent ${length(total)} mais le module dure ${length(expected)}`,
				hint: `${total < expected ? 'il manque' : 'il y a'} ${gap} min ${total < expected ? 'au' : 'de trop dans le'} déroulé : ajustez les « minutes » des étapes de « sequence » (une pause repas, « break: true », ne compte pas), ou la durée`,
				related:
					lastIndex === -1
						? undefined
						: [{ file: entry.file, ...context.at(entry, ['sequence', lastIndex, 'minutes']), message: 'dernière étape du déroulé' }],
			});
		}
	},
};
