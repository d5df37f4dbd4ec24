// The date a content's dated sources speak for: the latest day one of them was consulted.
import type { Source } from '../model/schemas/common.ts';

/** "2026-12-03" for sources consulted up to that day; undefined when there are none. */
export function sourcesAsOf(sources: readonly Pick<Source, 'consulted'>[]): string | undefined {
	return sources.map((source) => source.consulted).sort().at(-1);
}
