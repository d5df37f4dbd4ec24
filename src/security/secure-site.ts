// Giving every page of a built site its policy, or saying which pages cannot have one and why.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesUnder } from '../files/walk.ts';
import { EDITOR_PAGE, securePage } from './csp.ts';
import { generatorInlineScripts } from './generator-scripts.ts';

export interface PageProblem {
	/** The page, relative to the site's folder: "modules/x/index.html". */
	page: string;
	message: string;
}

/** Writes the policy into each page of `siteDir`; pages with a problem are left as they are. */
export function secureSite(siteDir: string, projectRoot: string): { pages: number; problems: PageProblem[] } {
	const trusted = generatorInlineScripts(projectRoot);
	const pages = filesUnder(siteDir, ['.html']);
	const problems: PageProblem[] = [];
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const page = relative(siteDir, file).split(sep).join('/');
		// The editor's page, at a path no content can take, gets the editor's policy.
		const secured = securePage(html, trusted, { editor: page === EDITOR_PAGE });
		if (secured.html === undefined) problems.push(...secured.problems.map((message) => ({ page, message })));
		else if (secured.html !== html) writeFileSync(file, secured.html);
	}
	return { pages: pages.length, problems };
}
