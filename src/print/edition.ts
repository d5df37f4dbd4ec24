// The edition a printed document states on its cover: the year and the date of its newest content,
// taken from the contents themselves so that two builds of one commit print the same cover.
import { formatDate } from '../model/format.ts';

export interface Edition {
	year: string;
	/** « 3 décembre 2026 »: when the newest content of the document was last updated. */
	date: string;
}

/** The edition of a document made of contents updated on these ISO dates; undefined without any. */
export function editionOf(updated: readonly (string | undefined)[]): Edition | undefined {
	const newest = updated.filter((date): date is string => typeof date === 'string').sort().at(-1);
	return newest ? { year: newest.slice(0, 4), date: formatDate(newest) } : undefined;
}

/** « Édition 2026 · version du 3 décembre 2026 » */
export function editionLine(edition: Edition): string {
	return `Édition ${edition.year} · version du ${edition.date}`;
}
