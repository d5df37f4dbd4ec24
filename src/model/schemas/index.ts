// Every schema of the content model, in one import.
export * from './common.ts';
export * from './module.ts';
export * from './section.ts';
export * from './parcours.ts';
export * from './persona.ts';
export * from './role.ts';
export * from './term.ts';
export * from './deck.ts';
export * from './kit.ts';
export * from './catalogue.ts';
export * from './organisation.ts';
export * from './repere.ts';
export * from './typology.ts';
export * from './repertoire.ts';
export * from './questionnaire.ts';
export * from './scenario.ts';
export * from './accessibility.ts';
