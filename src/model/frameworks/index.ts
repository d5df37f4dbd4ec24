// The competence frameworks a module can name under `frameworks:`, and lookups by code.
import { CRCN } from './crcn.ts';
import { DIGCOMP } from './digcomp.ts';
import type { Framework, FrameworkArea, FrameworkCompetence } from './framework.ts';

export type { Framework, FrameworkArea, FrameworkCompetence, FrameworkSource } from './framework.ts';

export const FRAMEWORK_IDS = ['crcn', 'digcomp'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export const FRAMEWORKS: Record<FrameworkId, Framework> = { crcn: CRCN, digcomp: DIGCOMP };

/** Every competence of a framework, in the framework's order. */
export function competencesOf(framework: Framework): (FrameworkCompetence & { area: FrameworkArea })[] {
	return framework.areas.flatMap((area) => area.competences.map((competence) => ({ ...competence, area })));
}

export function findCompetence(id: FrameworkId, code: string): FrameworkCompetence | undefined {
	return competencesOf(FRAMEWORKS[id]).find((competence) => competence.code === code);
}

/** The title a French reader sees: the official one, or the commons' translation of it. */
export function frenchTitle(item: { title: string; titleFr?: string }): string {
	return item.titleFr ?? item.title;
}

/** The id of a competence's anchor on /competences/: "crcn-4-2". */
export function competenceAnchor(id: FrameworkId, code: string): string {
	return `${id}-${code.replaceAll('.', '-')}`;
}
