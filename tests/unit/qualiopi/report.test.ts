// The Qualiopi report's CSV is opened in spreadsheets: a module title a spreadsheet would run as a
// formula is written as text.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatQualiopiCsv, type QualiopiReport } from '../../../src/qualiopi/report.ts';

const items = { prerequisites: 'module', objectives: 'module', duration: 'missing', access: 'organisation', price: 'organisation', contacts: 'organisation', methods: 'module', evaluation: 'module', accessibility: 'organisation' } as const;

describe('the Qualiopi report as CSV', () => {
	it('writes a title starting with « = » as text, not as a formula', () => {
		const report: QualiopiReport = {
			certified: false,
			modules: [{ id: 'a', number: '1', title: '=HYPERLINK("https://exemple.org")', file: 'content/modules/a.mdx', items, missing: ['duration'] }],
		};
		const [, row] = parse(formatQualiopiCsv(report), { bom: true }) as string[][];
		expect(row![2]).toBe('\'=HYPERLINK("https://exemple.org")');
		expect(row![5]).toBe('MANQUE');
	});
});
