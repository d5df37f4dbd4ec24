// The date new, fork and bump write into a header: the one asked for, or today's.
import { describe, expect, it } from 'vitest';
import { AuthoringError } from '../../../src/authoring/errors.ts';
import { dateOption } from '../../../src/cli/date-option.ts';
import { today } from '../../../src/versioning/versioned.ts';

describe('the --date option of new, fork and bump', () => {
	it('takes the date given, or today’s', () => {
		expect(dateOption('2026-03-14')).toBe('2026-03-14');
		expect(today(new Date(2026, 2, 4))).toBe('2026-03-04');
		expect(dateOption(undefined)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('refuses, as a mis-typed command, a date written another way or that does not exist', () => {
		for (const wrong of ['14/03/2026', '2026-3-14', '2026-13-01', '2026-02-30']) {
			expect(() => dateOption(wrong), wrong).toThrow(AuthoringError);
			expect(() => dateOption(wrong)).toThrow(`date invalide « ${wrong} » : le format attendu est AAAA-MM-JJ`);
		}
		expect(() => dateOption('hier')).toThrow(expect.objectContaining({ exitCode: 2 }));
	});
});
