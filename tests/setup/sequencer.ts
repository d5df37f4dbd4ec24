// The order test files start in: first those that need no built site (unit tests, the commands),
// which run while the global set-up builds the sites; then each site's files, in the order the sites
// are built; last, the files of tests/e2e/after-builds/, which must not run beside a build (a dev
// server rewrites .astro/ as a build does). Within each group, vitest's own order (slowest first
// from its cache, else largest).
import { join, sep } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { SITES } from './sites.ts';

const SITE_FOLDERS = Object.values(SITES).map((site) => join(PROJECT_ROOT, site.tests) + sep);

/** Test files that wait for every build to be over (see buildsOver in tests/helpers/sites.ts). */
export const AFTER_BUILDS = join(PROJECT_ROOT, 'tests/e2e/after-builds') + sep;

function group(file: string): number {
	if (file.startsWith(AFTER_BUILDS)) return SITE_FOLDERS.length + 1;
	return SITE_FOLDERS.findIndex((folder) => file.startsWith(folder)) + 1;
}

export class SitesLastSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		return sorted
			.map((file, index) => ({ file, index, group: group(file.moduleId) }))
			.sort((a, b) => a.group - b.group || a.index - b.index)
			.map(({ file }) => file);
	}
}
