// Rewriting the relative links of rendered HTML as absolute site paths seen from another page.

const RELATIVE_HREF = /(\shref=")(?![a-z][a-z0-9+.-]*:|\/|#)([^"]*)"/gi;

export function rebaseLinks(html: string, from: string): string {
	return html.replace(RELATIVE_HREF, (_, attribute: string, href: string) => {
		const url = new URL(href.replaceAll('&amp;', '&'), `http://site.invalid${from}`);
		return `${attribute}${url.pathname}${url.search}${url.hash}"`.replaceAll('&', '&amp;');
	});
}
