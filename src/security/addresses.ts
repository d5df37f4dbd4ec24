// Where an address written in content leads, read the way a browser reads it: character
// references decoded, spaces and control characters around it dropped, tabs and line breaks inside
// it ignored, the scheme's case ignored, and "\" taken as "/" ("/\evil.example" is another site).

const NAMED_CHARACTERS: Record<string, string> = {
	colon: ':',
	tab: '\t',
	newline: '\n',
	amp: '&',
	sol: '/',
	bsol: '\\',
	lpar: '(',
	rpar: ')',
	period: '.',
	quot: '"',
	apos: "'",
	lt: '<',
	gt: '>',
};

/**
 * Decodes the character references a browser would decode in an attribute (&#58; &colon;…).
 * Parsers have decoded them once already; a second pass only makes the check stricter.
 */
function decodeCharacterReferences(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
		if (body.startsWith('#')) {
			const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
			return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
		}
		return NAMED_CHARACTERS[body.toLowerCase()] ?? match;
	});
}

/** The address as the browser's URL parser starts from it. */
export function normaliseAddress(url: string): string {
	return decodeCharacterReferences(url)
		.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
		.replace(/[\t\n\r]/g, '')
		.replaceAll('\\', '/');
}

/** The scheme of an address, lower-cased ("https"), or undefined for a path of the site. */
export function schemeOf(url: string): string | undefined {
	return /^([a-z][a-z0-9+.-]*):/i.exec(normaliseAddress(url))?.[1]?.toLowerCase();
}

/** Schemes a link may lead to: a web page, an e-mail, a phone number. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

export type AddressProblem =
	/** javascript:, vbscript: run code when followed. */
	| { kind: 'script'; scheme: string }
	/** data:, blob:… put a document into the page instead of pointing at one. */
	| { kind: 'embedded'; scheme: string }
	/** Any other scheme a link may not use (file:, ftp:, intent:…). */
	| { kind: 'scheme'; scheme: string }
	/** A file fetched by the browser from another site (or any site: https://…, //…). */
	| { kind: 'foreign' };

function schemeProblem(scheme: string): AddressProblem {
	if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript') return { kind: 'script', scheme };
	if (scheme === 'data' || scheme === 'blob' || scheme === 'filesystem') return { kind: 'embedded', scheme };
	return { kind: 'scheme', scheme };
}

/** What is wrong with a link (a page the reader opens), if anything: any web page, e-mail or phone number. */
export function linkProblem(url: string): AddressProblem | undefined {
	const scheme = schemeOf(url);
	if (scheme === undefined || LINK_SCHEMES.includes(scheme)) return undefined;
	return schemeProblem(scheme);
}

/** Whether an address is a file of this site: no scheme, and not "//host/…". */
export function isLocalAddress(url: string): boolean {
	const address = normaliseAddress(url);
	return schemeOf(address) === undefined && !address.startsWith('//');
}

/** What is wrong with a resource (a file the browser fetches by itself), if anything: it must be local. */
export function resourceProblem(url: string): AddressProblem | undefined {
	const scheme = schemeOf(url);
	if (scheme !== undefined && !LINK_SCHEMES.includes(scheme)) return schemeProblem(scheme);
	return isLocalAddress(url) ? undefined : { kind: 'foreign' };
}

/** The addresses of a srcset or ping list: "a.png 1x, b.png 2x" → a.png, b.png. */
export function addressList(value: string): string[] {
	return value
		.split(/,(?=\s)|,$|\s+/)
		.map((part) => part.trim().replace(/,$/, ''))
		.filter((part) => part !== '' && !/^\d+(\.\d+)?[wxh]$/i.test(part));
}

/** Every url(…) and @import address of a piece of CSS (a style attribute, an SVG <style>). */
export function cssAddresses(css: string): string[] {
	const addresses: string[] = [];
	const unescaped = css.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))).replace(/\\(.)/g, '$1');
	for (const match of unescaped.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi)) addresses.push(match[1] ?? match[2] ?? match[3] ?? '');
	for (const match of unescaped.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) addresses.push(match[1] ?? match[2] ?? '');
	// image-set("a.png" 1x) and src("…") take bare strings too.
	for (const match of unescaped.matchAll(/(?:image-set|src)\(\s*(?:"([^"]*)"|'([^']*)')/gi)) addresses.push(match[1] ?? match[2] ?? '');
	return addresses;
}
