// `unknown-persona`: every persona named by a parcours, a deck, another persona or :persona[…] exists.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownPersona = unknownReferenceRule('personas', 'unknown-persona');
