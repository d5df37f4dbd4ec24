// The build record tells the tools that read dist/ how the site was built, or why it cannot.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_RECORD_FILE, readBuildRecord, recordPdfsPrinted, writeBuildRecord } from '../../../src/build/record.ts';

describe('the build record', () => {
	it('is read back as written, and marks the PDFs printed', () => {
		const dir = mkdtempSync(join(tmpdir(), 'commun-record-'));
		writeBuildRecord(dir, { site: 'https://exemple.org/catalogue/', base: '/catalogue/', pdf: false });
		expect(readBuildRecord(dir)).toEqual({ site: 'https://exemple.org/catalogue/', base: '/catalogue/', pdf: false });
		recordPdfsPrinted(dir);
		expect(readBuildRecord(dir)).toMatchObject({ pdf: true });
	});

	it('says in French when the site is not built, or built without a record', () => {
		const dir = mkdtempSync(join(tmpdir(), 'commun-record-'));
		expect(readBuildRecord(join(dir, 'absent'))).toEqual({ error: expect.stringContaining('lancez d’abord « npm run build »') });
		expect(readBuildRecord(dir)).toEqual({ error: expect.stringContaining('relancez « npm run build »') });
		writeFileSync(join(dir, BUILD_RECORD_FILE), '{ "base": "catalogue" }');
		expect(readBuildRecord(dir)).toEqual({ error: expect.stringContaining('incomplète') });
	});
});
