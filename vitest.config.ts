import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// End-to-end tests build real sites and drive a browser.
		testTimeout: 180_000,
		hookTimeout: 300_000,
	},
});
