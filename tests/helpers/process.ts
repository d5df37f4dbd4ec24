// Running a command from a test without blocking the test runner, and ending it, children included,
// when it takes longer than its time limit (a build stuck in Chromium must not hang the suite).
import { spawn } from 'node:child_process';

export interface ProcessResult {
	/** The exit code; null when the process was ended by a signal or by its time limit. */
	status: number | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
}

export interface RunOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Milliseconds after which the process and everything it started are killed. */
	timeLimit: number;
	/** Kills the process and everything it started when aborted. */
	signal?: AbortSignal;
}

/** Process groups still running, ended if the test runner itself exits first (Ctrl-C). */
const running = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number): void {
	try {
		// Negative: the whole group, so that Astro and Chromium started by the command go too.
		process.kill(-pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
}

export function runProcess(command: string, args: readonly string[], { cwd, env, timeLimit, signal }: RunOptions): Promise<ProcessResult> {
	if (!exitHookInstalled) {
		exitHookInstalled = true;
		process.once('exit', () => {
			for (const pid of running) killGroup(pid);
		});
	}
	return new Promise((resolve, reject) => {
		// detached: the command leads its own process group, which the time limit ends as a whole.
		const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		if (child.pid !== undefined) running.add(child.pid);
		const timer = setTimeout(() => {
			timedOut = true;
			if (child.pid !== undefined) killGroup(child.pid);
		}, timeLimit);
		const abort = () => {
			if (child.pid !== undefined) killGroup(child.pid);
		};
		if (signal?.aborted) abort();
		signal?.addEventListener('abort', abort, { once: true });
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (status) => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', abort);
			if (child.pid !== undefined) {
				// A grandchild left behind by a command that exited (a browser) goes with its group.
				killGroup(child.pid);
				running.delete(child.pid);
			}
			if (timedOut) stderr += `\n[arrêté après ${Math.round(timeLimit / 1000)} s : durée limite dépassée]\n`;
			resolve({ status: timedOut ? null : status, stdout, stderr, timedOut });
		});
	});
}
