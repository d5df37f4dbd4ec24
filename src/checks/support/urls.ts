// Addresses that would run code or smuggle a document into the page: javascript:, vbscript:, data:.

const NAMED_CHARACTERS: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/', lpar: '(', rpar: ')' };

/** Decodes the character references a browser would decode in an attribute (&#58; &colon;…). */
function decodeCharacterReferences(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
		if (body.startsWith('#')) {
			const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
			return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
		}
		return NAMED_CHARACTERS[body.toLowerCase()] ?? match;
	});
}

export type UnsafeScheme = 'javascript' | 'vbscript' | 'data';

/** The dangerous scheme of a URL, read the way a browser reads it (spaces, tabs and entities ignored). */
export function unsafeScheme(url: string): UnsafeScheme | undefined {
	// Browsers drop control characters and spaces around a URL, and tabs and newlines inside it.
	const cleaned = decodeCharacterReferences(url).replace(/[\u0000-\u0020\u007f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
	return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' ? scheme : undefined;
}
