// The CSS that varies per printed document: running headers and footers named after the content.
// Chromium supports @page margin boxes and named pages, but not string-set: each section's running
// header is therefore a named page of its own, written here from the section's title.

import { cssString as escapedCssString } from '../security/escape.ts';
import { frenchSpacing } from '../typography/french-spacing.ts';

/** A running head's text as a CSS string: escaped, with the French spacing the pages' text gets. */
export function cssString(text: string): string {
	return escapedCssString(frenchSpacing(text));
}

/** The name of the @page rule of a part (a catalogue's section, a kit's chapter), usable as a CSS identifier. */
export function partPageName(partId: string): string {
	return `section-${partId}`;
}

/** Footer and header of a one-module sheet. */
export function sheetPageCss({ header, footer }: { header: string; footer: string }): string {
	return `@page { @top-left { content: ${cssString(header)}; } @bottom-left { content: ${cssString(footer)}; } }`;
}

/** One named page per part (section, chapter), whose top margin names the part. */
export function partsPageCss(publisher: string, parts: { id: string; title: string }[]): string {
	const rules = parts.map(
		(part) => `@page ${partPageName(part.id)} { @top-left { content: ${cssString(part.title)}; } @top-right { content: ${cssString(publisher)}; } }`,
	);
	return [`@page { @top-right { content: ${cssString(publisher)}; } }`, ...rules].join('\n');
}
