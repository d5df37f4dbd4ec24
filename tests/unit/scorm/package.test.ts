import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPackage } from '../../../src/scorm/package.ts';

const files = new Map([
	['imsmanifest.xml', new TextEncoder().encode('<manifest/>')],
	['index.html', new TextEncoder().encode('<!DOCTYPE html>')],
]);

describe('the archive of a SCORM package', () => {
	it('holds the files at its root, manifest first, and is the same byte for byte from one build to the next', () => {
		const archive = zipPackage(files, '2026-01-15');
		expect(Object.keys(unzipSync(archive))).toEqual(['imsmanifest.xml', 'index.html']);
		expect(new TextDecoder().decode(unzipSync(archive)['index.html'])).toBe('<!DOCTYPE html>');
		expect(Buffer.from(zipPackage(files, '2026-01-15')).equals(Buffer.from(archive))).toBe(true);
		expect(Buffer.from(zipPackage(files, '2026-02-01')).equals(Buffer.from(archive))).toBe(false);
	});
});
