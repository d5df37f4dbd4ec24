// reveal.js's speaker view is a page that the notes plugin writes with document.write into a window
// it opens. That window inherits the deck page's Content-Security-Policy, so the view's one inline
// script runs only if the deck page's policy lists its hash. The script is read from the installed
// plugin: upgrading reveal.js changes the hash with it, and a plugin we cannot read stops the build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { htmlElements } from './html-elements.ts';

const WRITE_CALL = '.document.write(';
const QUOTES = new Set(['"', "'"]);

/** The inline scripts of the page a plugin's source writes with `….document.write("…")`. */
export function writtenPageScripts(pluginSource: string): string[] {
	const call = pluginSource.indexOf(WRITE_CALL);
	const start = call + WRITE_CALL.length;
	const quote = pluginSource[start];
	if (call < 0 || quote === undefined || !QUOTES.has(quote)) {
		throw new Error('la vue présentateur de reveal.js n’a pas la forme attendue (document.write d’une chaîne) : sa politique de sécurité ne peut pas être calculée.');
	}
	let end = start + 1;
	while (end < pluginSource.length && pluginSource[end] !== quote) end += pluginSource[end] === '\\' ? 2 : 1;
	// The page is a plain string literal: evaluating it alone, with no access to anything, gives its text.
	const page = runInNewContext(pluginSource.slice(start, end + 1), Object.create(null)) as string;
	return htmlElements(page)
		.filter((element) => element.name === 'script' && element.attributes.src === undefined)
		.map((element) => element.rawText ?? '');
}

let cached: string[] | undefined;

/** The inline scripts of the speaker view of the reveal.js installed for the decks. */
export function speakerViewScripts(): string[] {
	// The module entry, as the bundler takes it for the deck script.
	cached ??= writtenPageScripts(readFileSync(fileURLToPath(import.meta.resolve('reveal.js/plugin/notes')), 'utf8'));
	return cached;
}
