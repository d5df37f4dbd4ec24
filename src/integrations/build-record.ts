// Writes the build record (src/build/record.ts) into dist/ once the pages are built; the PDF step
// marks it when it has printed the PDFs.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeBuildRecord } from '../build/record.ts';
import { normaliseBase } from '../site/deployment.ts';

export function buildRecord(): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	return {
		name: 'commun-formation:build-record',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				base = normaliseBase(config.base);
			},
			'astro:build:done': ({ dir }) => {
				writeBuildRecord(fileURLToPath(dir), { site, base, pdf: false });
			},
		},
	};
}
