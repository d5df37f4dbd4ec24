// `unknown-parcours`: every :parcours[…] names an existing parcours.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownParcours = unknownReferenceRule('parcours', 'unknown-parcours');
