// What a page's Content-Security-Policy refuses, as the browser reports it to the page itself.
import type { Page } from 'playwright-core';

/**
 * Records every violation of the policy in `page` from now on, one line each (directive, blocked
 * address, source place), into the returned list: empty it to start again on the next page.
 */
export async function watchPolicyViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportViolation(text: string): void }).reportViolation(
				`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
			),
		);
	});
	return violations;
}
