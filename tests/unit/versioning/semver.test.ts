// Comparing and raising the versions of content, as `npm run upstream` and `--since` read them.
import { describe, expect, it } from 'vitest';
import { bumpVersion, compareVersions } from '../../../src/versioning/semver.ts';

describe('comparing versions', () => {
	it('orders releases by number, not as text', () => {
		expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
		expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
		expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
	});

	it('puts a pre-release before its release, and alpha.2 before alpha.10', () => {
		expect(compareVersions('2.0.0-beta', '2.0.0')).toBeLessThan(0);
		expect(compareVersions('2.0.0-alpha.2', '2.0.0-alpha.10')).toBeLessThan(0);
		expect(compareVersions('2.0.0-alpha.10', '2.0.0-beta.1')).toBeLessThan(0);
	});

	it('compares an unreadable version as equal, so that nothing is reported on it', () => {
		expect(compareVersions('version 2', '1.0.0')).toBe(0);
	});
});

describe('raising a version', () => {
	it('raises the level asked and resets the ones below, dropping a pre-release part', () => {
		expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
		expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
		expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
		expect(bumpVersion('1.2.3-beta.1', 'patch')).toBe('1.2.4');
	});

	it('refuses a version it cannot read', () => {
		expect(() => bumpVersion('un', 'patch')).toThrow('version illisible « un »');
	});
});
