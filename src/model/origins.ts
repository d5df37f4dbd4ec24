// Where a content comes from, as one chain nearest first: a module's derivedFrom and the origins it
// lists under `earlier`; a deck's list of earlier versions (written oldest first) and theirs.
import type { DerivedFrom, Origin } from './schemas/common.ts';
import type { YamlPath } from './yaml-document.ts';

export interface ChainedOrigin {
	origin: Origin;
	/** Where it is written in the header. */
	path: YamlPath;
}

export function originChain(derivedFrom: DerivedFrom | DerivedFrom[] | undefined): ChainedOrigin[] {
	if (derivedFrom === undefined) return [];
	const levels = (item: DerivedFrom, path: YamlPath): ChainedOrigin[] => [
		{ origin: item, path },
		...(item.earlier ?? []).map((origin, index) => ({ origin, path: [...path, 'earlier', index] })),
	];
	if (!Array.isArray(derivedFrom)) return levels(derivedFrom, ['derivedFrom']);
	return derivedFrom.flatMap((item, index) => levels(item, ['derivedFrom', index])).reverse();
}
