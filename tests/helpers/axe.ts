// Running axe-core in a page of the built site, served from the same origin (nothing fetched elsewhere).
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
	id: string;
	help: string;
	targets: string[];
}

/**
 * The accessibility violations axe-core finds in the page as it is now, with its default rules (WCAG 2.x
 * A and AA, and best practices). Starlight's search button used to fail `label-content-name-mismatch`
 * for its "Ctrl K" hint; theme.css hides the hint, so the pages pass that rule too.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses unknown inline scripts.
	await page.evaluate(axe.source);
	return page.evaluate(async () => {
		const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
		return result.violations.map((violation) => ({
			id: violation.id,
			help: violation.help,
			targets: violation.nodes.map((node) => node.target.join(' ')),
		}));
	});
}
