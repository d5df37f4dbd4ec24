// The --date option of the commands that write a date into content (new, fork, bump).
import { AuthoringError } from '../authoring/errors.ts';
import { today } from '../versioning/versioned.ts';

/** The date given as --date (AAAA-MM-JJ), or today's; a mis-typed date is a mis-typed command (exit 2). */
export function dateOption(value: string | undefined): string {
	const date = value ?? today();
	// A day that exists: 2026-02-30 would be read as 2 March.
	const read = new Date(`${date}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(read.getTime()) || read.toISOString().slice(0, 10) !== date) {
		throw new AuthoringError(`date invalide « ${date} » : le format attendu est AAAA-MM-JJ`, 2);
	}
	return date;
}
