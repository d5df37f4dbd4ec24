// What an official code list is, as data: the codes the commons uses, each with its label, and
// where they were read (so that anyone can check them against the source).

export interface CodeListSource {
	title: string;
	publisher: string;
	/** Where the codes were read. */
	location: string;
	/** The day the list was read (YYYY-MM-DD). */
	consulted: string;
	/** What could be checked there, and what could not. */
	note: string;
}

export interface Code {
	code: string;
	label: string;
}

export interface CodeList {
	/** "FORMACODE", "NSF". */
	name: string;
	source: CodeListSource;
	codes: Code[];
}

export function findCode(list: CodeList, code: string): Code | undefined {
	return list.codes.find((entry) => entry.code === code);
}
