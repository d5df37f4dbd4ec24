// Running axe-core in a page of a built site, served from the same origin (nothing fetched elsewhere).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.0, 2.1 and 2.2 levels A and AA, axe's best practices (landmarks, heading order…) and its
 * experimental rules, among them label-content-name-mismatch (a control named unlike its visible text).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

/** The rules whose outcome depends on colours: the only ones a second colour theme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * The violations axe-core finds in the page as it is now, one line each: rule, help, elements.
 * `rules` narrows the run to those rule ids (all the rules of AXE_TAGS otherwise).
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
	// Evaluated rather than added as a <script>, which the page's Content-Security-Policy would refuse.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(
		async (runOnly) => {
			const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
			return (await axe.run(document, { runOnly, resultTypes: ['violations'] })).violations;
		},
		rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
	);
	return violations.map((violation) => `${violation.id} (${violation.help}) : ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}
