// Running Astro's own command line with telemetry off, from any of our scripts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function astroBin(): string {
	return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/** Runs `astro <args>` in this process's folder and returns its exit code. */
export function runAstro(args: readonly string[], env: NodeJS.ProcessEnv = {}): number {
	const result = spawnSync(process.execPath, [astroBin(), ...args], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	return result.status ?? 1;
}
