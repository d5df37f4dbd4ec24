// Pages that are not for search engines, each marked <meta name="robots" content="noindex">: the
// print layouts the PDFs are made from, the editor, the pages inside the SCORM packages. The
// sitemap leaves them out (a test compares the two on a built site).
const UNLISTED_SECTIONS = ['admin', 'print', 'scorm'];

/** Whether the page at `url` (an absolute address of a site built under `base`) belongs in the sitemap. */
export function isListedPage(url: string, base: string): boolean {
	const path = new URL(url).pathname;
	const withinBase = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
	const section = withinBase.split('/')[0] ?? '';
	return !UNLISTED_SECTIONS.includes(section);
}
