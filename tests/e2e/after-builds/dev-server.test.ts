// `npm run dev` as a trainer uses it: a change saved on disk shows on the page at the next reload, and
// a mistake saved on disk is reported in the terminal at once, without restarting anything.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../../helpers/browser.ts';
import { PROJECT_ROOT, userEnvironment } from '../../helpers/build-site.ts';
import { buildsOver } from '../../helpers/sites.ts';

/** A port nobody listens on, for this dev server only. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Resolves when `output()` matches `pattern`, polling; rejects with the output after `limit` ms. */
async function waitForOutput(output: () => string, pattern: RegExp, limit = 60_000): Promise<void> {
	const start = Date.now();
	while (!pattern.test(output())) {
		if (Date.now() - start > limit) throw new Error(`attendu ${pattern} dans la sortie du serveur :\n${output()}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

describe('npm run dev', () => {
	let work: string;
	let server: ChildProcess;
	let browser: Browser;
	let output = '';
	let origin: string;
	let moduleFile: string;

	beforeAll(async () => {
		await buildsOver();
		// Inside the project (tmp/ is ignored by git): MDX imports resolve from the project's node_modules.
		mkdirSync(join(PROJECT_ROOT, 'tmp'), { recursive: true });
		work = mkdtempSync(join(PROJECT_ROOT, 'tmp', 'dev-'));
		cpSync(join(PROJECT_ROOT, 'tests/fixtures/check/valid/content'), join(work, 'content'), { recursive: true });
		moduleFile = join(work, 'content/modules/decouvrir.mdx');
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		server = spawn(process.execPath, ['scripts/astro.ts', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
			cwd: PROJECT_ROOT,
			env: {
				...userEnvironment(),
				COMMUN_CONTENT_DIR: relative(PROJECT_ROOT, join(work, 'content')),
				COMMUN_CACHE_DIR: join(work, 'cache'),
			},
			detached: true,
		});
		server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		await waitForOutput(() => output, /ready in/, 110_000);
		browser = await connectBrowser();
	}, 20 * 60_000);

	afterAll(async () => {
		await browser?.close();
		// The dev server starts children of its own: stop the whole group.
		if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
		rmSync(work, { recursive: true, force: true });
	});

	it('shows a title and a duration changed on disk at the next reload', async () => {
		const page = await browser.newPage();
		await page.goto(`${origin}/modules/decouvrir/`);
		await expect.poll(() => page.title()).toContain('Découvrir');
		const text = readFileSync(moduleFile, 'utf8');
		writeFileSync(moduleFile, text.replace(/^title: .*$/m, 'title: Un titre changé pendant l’aperçu').replace(/^duration: .*$/m, 'duration: 5.5'));
		await expect
			.poll(async () => {
				await page.reload();
				return page.locator('h1').first().textContent();
			}, { timeout: 15_000 })
			.toContain('Un titre changé pendant l’aperçu');
		await expect(page.locator('main').textContent()).resolves.toContain('5 h 30');
		await page.close();
	});

	it('prints a broken reference saved on disk in its terminal, with its place and a French message', async () => {
		const before = output.length;
		const lines = readFileSync(moduleFile, 'utf8').split('\n');
		const line = lines.findIndex((text) => text.startsWith('section: ')) + 1;
		lines[line - 1] = 'section: section-absente';
		writeFileSync(moduleFile, lines.join('\n'));
		await waitForOutput(() => output.slice(before), /section inconnue « section-absente »/, 15_000);
		expect(output.slice(before)).toContain(`decouvrir.mdx:${line}:10  erreur  unknown-section  section inconnue « section-absente »`);
	});
});
