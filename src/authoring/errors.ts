// A problem a contributor can fix (unknown id, file already there): said in French, no stack trace.
export class AuthoringError extends Error {
	/** Exit code: 1 when the content or the request is at fault, 2 when the command is mis-typed. */
	readonly exitCode: 1 | 2;

	constructor(message: string, exitCode: 1 | 2 = 1) {
		super(message);
		this.exitCode = exitCode;
	}
}
