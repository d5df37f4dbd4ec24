// `unknown-questionnaire`: the questionnaire a kit page shows exists in content/questionnaires/.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownQuestionnaire = unknownReferenceRule('questionnaires', 'unknown-questionnaire');
