// Two projects: `unit` (no build, no browser: the edit loop, `npm run test:unit`) and `e2e` (built
// sites in a browser and commands run as processes). `npm test` runs both.
import { defineConfig } from 'vitest/config';
import { SitesLastSequencer } from './tests/setup/sequencer.ts';

export default defineConfig({
	test: {
		// Two test files at a time even on two cores (vitest's default would be one): most of an e2e
		// file's time is spent waiting for a browser or a child process.
		maxWorkers: 2,
		sequence: { sequencer: SitesLastSequencer },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// The files of a worker share their imports (the model, zod, the Markdown parser):
					// three quarters of the unit run was importing them again for each file. A unit test
					// therefore leaves no global state behind (mocks restored in afterEach).
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					// One browser for the whole run, and each site built once (see tests/setup/).
					globalSetup: ['tests/setup/browser.ts', 'tests/setup/sites.ts'],
					testTimeout: 180_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
