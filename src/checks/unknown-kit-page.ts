// `unknown-kit-page`: every :kit[…] names an existing page of the kit.
import { unknownReferenceRule } from './support/unknown-reference.ts';

export const unknownKitPage = unknownReferenceRule('kit', 'unknown-kit-page');
