// The content model's public face: schemas, loader, graph and messages.
export * from './schemas/index.ts';
export * from './collections.ts';
export * from './diagnostics.ts';
export * from './format.ts';
export * from './graph.ts';
export * from './load.ts';
export * from './project.ts';
export * from './references.ts';
export * from './source.ts';
export { closest } from './suggest.ts';
export * from './typology.ts';
