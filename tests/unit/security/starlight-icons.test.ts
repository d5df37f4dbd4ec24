// The check's list of icons is Starlight's: what it accepts, an aside draws; what it refuses,
// Starlight would stop the build on (in English, without a place).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStarlightIcon } from '../../../src/security/starlight-icons.ts';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@astrojs/starlight/components'));
const { getAsideIconName } = require(join(dist, 'integrations', 'aside-utils.js')) as {
	getAsideIconName: (variant: string, icon?: string) => string;
};

describe('Starlight icons', () => {
	it('accepts the icons an aside draws', () => {
		for (const icon of ['rocket', 'approve-check', 'open-book', 'warning']) {
			expect(isStarlightIcon(icon)).toBe(true);
			expect(getAsideIconName('note', icon)).toBe(icon);
		}
	});

	it('refuses an icon on which Starlight stops the build', () => {
		expect(isStarlightIcon('roket')).toBe(false);
		expect(() => getAsideIconName('note', 'roket')).toThrow(/Invalid aside icon/);
	});

	it('refuses names every object has, which Starlight would take for icons', () => {
		for (const name of ['toString', 'constructor', '__proto__']) expect(isStarlightIcon(name)).toBe(false);
	});
});
