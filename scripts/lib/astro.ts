// Running Astro's own command line with telemetry off, from any of our scripts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function astroBin(): string {
	return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/**
 * Runs `astro <args>` in this process's folder and returns its exit code. A build is what gets
 * published: a NODE_ENV inherited from the shell or a test runner ("test", "development") would make
 * Vite compile the development variant of components (Starlight's search dialog then only says that
 * search works in production).
 */
export function runAstro(args: readonly string[], env: NodeJS.ProcessEnv = {}): number {
	const mode = args[0] === 'build' ? { NODE_ENV: 'production' } : {};
	const result = spawnSync(process.execPath, [astroBin(), ...args], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...mode, ...env },
	});
	return result.status ?? 1;
}
