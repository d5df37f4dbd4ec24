// The mark a page puts on an element that its single file (src/offline/standalone-page.ts) leaves
// out: links to the site's other formats of the page, meaningless away from the site.
export const OMIT_ATTRIBUTE = 'data-offline';
export const OMIT_VALUE = 'omit';
