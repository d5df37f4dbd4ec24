import { describe, expect, it } from 'vitest';
import { isListedPage } from '../../../src/site/unlisted.ts';

describe('isListedPage', () => {
	it('leaves out the print layouts, the editor and the SCORM pages, at the root or under a base', () => {
		for (const base of ['/', '/catalogue/']) {
			const at = (path: string) => `https://exemple.org${base}${path}`;
			expect(isListedPage(at('print/catalogue/'), base)).toBe(false);
			expect(isListedPage(at('admin/'), base)).toBe(false);
			expect(isListedPage(at('scorm/caf/'), base)).toBe(false);
			expect(isListedPage(at(''), base)).toBe(true);
			expect(isListedPage(at('modules/caf/'), base)).toBe(true);
			expect(isListedPage(at('modules/print/'), base)).toBe(true);
		}
	});
});
