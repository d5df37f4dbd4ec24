// `unknown-section`: the section of each module, and every :section[…], exists.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownSection = unknownReferenceRule('sections', 'unknown-section');
