// `unknown-term`: every glossary term named by the kit, another term or :term[…] exists.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownTerm = unknownReferenceRule('glossaire', 'unknown-term');
