// The CSS that varies per printed document: running headers and footers named after the content.
// Chromium supports @page margin boxes and named pages, but not string-set: each section's running
// header is therefore a named page of its own, written here from the section's title.

import { cssString } from '../security/escape.ts';

export { cssString };

/** The name of the @page rule of a section, usable as a CSS identifier. */
export function sectionPageName(sectionId: string): string {
	return `section-${sectionId}`;
}

/** Footer and header of a one-module sheet. */
export function sheetPageCss({ header, footer }: { header: string; footer: string }): string {
	return `@page { @top-left { content: ${cssString(header)}; } @bottom-left { content: ${cssString(footer)}; } }`;
}

/** One named page per section, whose top margin names the section. */
export function cataloguePageCss(publisher: string, sections: { id: string; title: string }[]): string {
	const rules = sections.map(
		(section) =>
			`@page ${sectionPageName(section.id)} { @top-left { content: ${cssString(section.title)}; } @top-right { content: ${cssString(publisher)}; } }`,
	);
	return [`@page { @top-right { content: ${cssString(publisher)}; } }`, ...rules].join('\n');
}
