// The Markdown syntax the commons accepts, shared by the site's renderer and the check step,
// so that both read the same tree from the same text.
import type { Features } from 'satteri';

export const markdownFeatures = {
	gfm: true,
	frontmatter: true,
	directive: true,
	smartPunctuation: true,
} as const satisfies Features;
