// The official code lists a training is classified with (FORMACODE, NSF), shipped as data.
export { findCode, type Code, type CodeList, type CodeListSource } from './code-list.ts';
export { FORMACODE, FORMACODE_AUDIENCES, FORMACODE_VERSION } from './formacode.ts';
export { NSF } from './nsf.ts';
