// Command-line parsing shared by our scripts, with node's English errors said in French.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** parseArgs speaks English: say the same in French. */
export function explainArgsError(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const option = /'(-[^']*)'/.exec(text)?.[1];
	const code = (error as { code?: string }).code;
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `option inconnue « ${option ?? text} »`;
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `l’option « ${option ?? text} » attend une valeur`;
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `argument inattendu : ${/'([^']*)'/.exec(text)?.[1] ?? text}`;
	return text;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> =
	| { values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']; positionals: string[] }
	| { error: string };

/** Flags and positional arguments, or a French error. */
export function parseCommandLine<O extends Options>(argv: readonly string[], options: O): Parsed<O> {
	try {
		const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
		return { values, positionals };
	} catch (error) {
		return { error: explainArgsError(error) };
	}
}

/**
 * The flags of a command that takes no positional argument; on a mistyped command, prints
 * « Erreur : … » and the usage, and ends with exit code 2 (never node's English stack trace).
 * `--help` prints the usage and ends with 0.
 */
export function commandFlags<O extends Options>(argv: readonly string[], options: O, usage: string) {
	const parsed = parseCommandLine(argv, { ...options, help: { type: 'boolean', short: 'h', default: false } });
	if ('error' in parsed || parsed.positionals.length > 0) {
		console.error(`Erreur : ${'error' in parsed ? parsed.error : `argument inattendu : ${parsed.positionals[0]}`}\n\n${usage}`);
		process.exit(2);
	}
	if ((parsed.values as { help?: boolean }).help) {
		console.log(usage);
		process.exit(0);
	}
	return parsed.values as Extract<Parsed<O>, { values: unknown }>['values'];
}
