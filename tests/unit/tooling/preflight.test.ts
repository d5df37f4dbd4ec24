// Every npm script first checks the Node.js version and says in one French line what to do.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const { tooOld } = createRequire(import.meta.url)('../../../scripts/preflight.cjs') as { tooOld(version: string): string | null };

describe('the Node.js preflight', () => {
	it('refuses a version older than 22.12 in one French line that names the README section', () => {
		const message = tooOld('20.20.2');
		expect(message).toContain('Node.js 20.20.2 est trop ancien');
		expect(message).toContain('22.12');
		expect(message).toContain('« Prérequis » dans README.md');
		expect(message).not.toContain('\n');
		expect(tooOld('22.11.0')).not.toBeNull();
		expect(tooOld('v18.0.0')).not.toBeNull();
	});

	it('lets 22.12 and newer through', () => {
		expect(tooOld('22.12.0')).toBeNull();
		expect(tooOld('24.1.0')).toBeNull();
		expect(tooOld(process.versions.node)).toBeNull();
	});

	it('runs first in every npm script', () => {
		const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
		const missing = Object.entries(scripts).filter(([, command]) => !command.startsWith('node scripts/preflight.cjs && '));
		expect(Object.keys(scripts).length).toBeGreaterThan(5);
		expect(missing).toEqual([]);
	});
});
