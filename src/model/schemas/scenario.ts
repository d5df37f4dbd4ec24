// A scenario of the user-journey role play: a request, its conditions, and the bridges between
// structures that answer it, drawn as a diagram from this data.
import { z } from 'zod';
import { IdSchema, TextListSchema, TextSchema, TitleSchema } from './common.ts';

export const JourneyStepSchema = z.strictObject({
	id: IdSchema.meta({ title: 'identifiant de l’étape', example: 'id: mairie' }),
	/** A structure or a service: "Mairie", "Atelier informatique". */
	label: TextSchema.meta({ title: 'structure ou service', example: 'label: Mairie' }),
	/** Alternatives at the same step ("Mairie ou centre social"). */
	alternatives: TextListSchema.meta({ title: 'autres possibilités' }).default([]),
});

export const BridgeSchema = z.strictObject({
	from: IdSchema.meta({ title: 'étape de départ', example: 'from: mairie' }),
	to: IdSchema.meta({ title: 'étape d’arrivée', example: 'to: centre-social' }),
	/** What passes along the bridge: "évaluation sociale", "accroche vers la formation". */
	label: TextSchema.meta({ title: 'ce qui passe d’une étape à l’autre' }).optional(),
});

export const ScenarioSchema = z
	.strictObject({
		/** "A" to "E": the scenario's letter in the kit. */
		letter: z
			.string()
			.regex(/^[A-Z]$/, { error: 'une lettre majuscule est attendue, par exemple "A"' })
			.meta({ title: 'lettre du scénario', example: 'letter: "A"' }),
		title: TitleSchema.meta({ title: 'titre' }),
		/** Id of the persona the scenario puts in a situation, once it exists. */
		persona: IdSchema.meta({ title: 'persona', example: 'persona: scenario-a', references: 'personas' }).optional(),
		situation: TextSchema.meta({ title: 'situation' }),
		conditions: TextListSchema.min(1).meta({ title: 'conditions', example: 'une ligne « - condition » par condition' }),
		solutions: TextListSchema.min(1).meta({ title: 'solutions', example: 'une ligne « - solution » par solution' }),
		steps: z
			.array(JourneyStepSchema)
			.min(2, { error: 'un parcours compte au moins deux étapes' })
			.meta({ title: 'étapes', example: '- { id: mairie, label: Mairie }' }),
		bridges: z
			.array(BridgeSchema)
			.min(1, { error: 'un parcours compte au moins une passerelle' })
			.meta({ title: 'passerelles', example: '- { from: mairie, to: centre-social, label: "…" }' }),
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
