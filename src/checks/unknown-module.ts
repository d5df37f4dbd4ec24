// `unknown-module`: every module named in prerequisites (all three shapes), followUps, parcours steps, persona, role, deck and glossary links, or :module[…], exists.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownModule = unknownReferenceRule('modules', 'unknown-module');
