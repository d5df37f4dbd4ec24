// A scenario of the user-journey role play: a request, its conditions, and the bridges between
// structures that answer it, drawn as a diagram from this data.
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema } from './common.ts';

export const JourneyStepSchema = z.strictObject({
	id: IdSchema,
	/** A structure or a service: "Mairie", "Atelier informatique". */
	label: TextSchema,
	/** Alternatives at the same step ("Mairie ou centre social"). */
	alternatives: TextListSchema.default([]),
});

export const BridgeSchema = z.strictObject({
	from: IdSchema,
	to: IdSchema,
	/** What passes along the bridge: "évaluation sociale", "accroche vers la formation". */
	label: TextSchema.optional(),
});

export const ScenarioSchema = z
	.strictObject({
		/** "A" to "E": the scenario's letter in the kit. */
		letter: z.string().regex(/^[A-Z]$/, { error: 'une lettre majuscule est attendue, par exemple "A"' }),
		title: TextSchema,
		/** Id of the persona the scenario puts in a situation, once it exists. */
		persona: IdSchema.optional(),
		situation: TextSchema,
		conditions: TextListSchema.min(1),
		solutions: TextListSchema.min(1),
		steps: z.array(JourneyStepSchema).min(2, { error: 'un parcours compte au moins deux étapes' }),
		bridges: z.array(BridgeSchema).min(1, { error: 'un parcours compte au moins une passerelle' }),
	})
	.superRefine((scenario, ctx) => {
		const ids = new Set(scenario.steps.map((step) => step.id));
		scenario.bridges.forEach((bridge, index) => {
			for (const end of ['from', 'to'] as const) {
				if (!ids.has(bridge[end]))
					ctx.addIssue({
						code: 'custom',
						path: ['bridges', index, end],
						message: `étape inconnue « ${bridge[end]} » dans une passerelle`,
						params: { hint: `les étapes de ce scénario sont : ${[...ids].join(', ')}` },
					});
			}
		});
	});

export type JourneyStep = z.output<typeof JourneyStepSchema>;
export type Bridge = z.output<typeof BridgeSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
