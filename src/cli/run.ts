// What every authoring script does around its work: French usage errors, exit codes, no stack trace.
import { AuthoringError } from '../authoring/errors.ts';

/** Runs `main`; an AuthoringError is printed as « Erreur : … » (with the usage for exit code 2). */
export async function runCommand(usage: string, main: () => void | Promise<void>): Promise<void> {
	try {
		await main();
	} catch (error) {
		if (!(error instanceof AuthoringError)) throw error;
		console.error(`Erreur : ${error.message}${error.exitCode === 2 ? `\n\n${usage}` : ''}`);
		process.exitCode = error.exitCode;
	}
}
