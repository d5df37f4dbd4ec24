// `unknown-role`: every :role[…] names an existing professional role.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownRole = unknownReferenceRule('roles', 'unknown-role');
