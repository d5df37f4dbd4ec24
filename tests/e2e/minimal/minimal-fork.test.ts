// A fork that kept one section and one module, with only the required fields of organisation.yaml
// (tests/fixtures/minimal-fork/): its site, PDFs and open data are its own, and nothing leads a
// reader to a part of the commons it left empty.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildRecord } from '../../../src/build/record.ts';
import { filesUnder } from '../../../src/files/walk.ts';
import { checkLinks } from '../../../src/links/check-links.ts';
import { pageTexts } from '../../../src/pdf/inspect.ts';
import { htmlElements } from '../../../src/security/html-elements.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { useBuiltSite } from '../../helpers/sites.ts';

const site = useBuiltSite('minimal');
const read = (path: string) => readFileSync(join(site().outDir, path), 'utf8');
/** The visible words of a page, without its markup, scripts or styles. */
const text = (path: string) =>
	read(path)
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		// The build's French typography puts no-break spaces before « : » and the like.
		.replace(/&nbsp;|&#160;|[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ');

/** Pages of parts this fork has no content for. */
const EMPTY_PARTS = ['/parcours/', '/personas/', '/roles/', '/reperes/', '/kit/', '/repertoire/', '/decks/', '/glossaire/', '/carte/', '/composer/', '/mots-cles/'];

const commons = readFileSync(join(PROJECT_ROOT, 'content/organisation.yaml'), 'utf8');
const COMMONS_NAME = /^name: (.+)$/m.exec(commons)![1]!;
const COMMONS_EMAIL = /email: (\S+)/.exec(commons)![1]!;

describe('a fork with one section and one module', () => {
	it('builds its pages and PDFs', () => {
		expect(readBuildRecord(site().outDir)).toMatchObject({ pdf: true });
		expect(existsSync(join(site().outDir, 'pdf/catalogue.pdf'))).toBe(true);
		expect(existsSync(join(site().outDir, 'scorm/prendre-rdv.zip'))).toBe(true);
	});

	it('has no page outside the empty parts that links to one of them', () => {
		const found: string[] = [];
		for (const file of filesUnder(site().outDir, ['.html'])) {
			const path = `/${relative(site().outDir, file).replace(/index\.html$/, '')}`;
			if (EMPTY_PARTS.some((part) => path.startsWith(part))) continue;
			for (const element of htmlElements(readFileSync(file, 'utf8'))) {
				const href = element.attributes.href;
				if (href && EMPTY_PARTS.includes(href)) found.push(`${path} → ${href}`);
			}
		}
		expect(found).toEqual([]);
		expect(read('index.html')).toContain('href="/modules/prendre-rdv/"');
	});

	it('has no broken link or anchor', async () => {
		const report = await checkLinks({ root: site().outDir });
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(20);
	});

	it('says in one sentence what its sheet does not give, and counts its empty directory in French', () => {
		const sheet = text('modules/prendre-rdv/index.html');
		expect(sheet).toContain('À préciser : demandez-le au contact de la formation.');
		expect(sheet).not.toContain('formation..');
		expect(text('repertoire/index.html')).toContain('0 lieu affiché sur 0.');
	});

	it('names its own publisher, never the commons’, on its pages, in its PDF and its open data', async () => {
		const leaks = filesUnder(site().outDir, ['.html', '.json', '.xml'])
			// The editor's configuration shows the commons' values as examples of each field.
			.filter((file) => !file.includes(`${join(site().outDir, 'admin')}`))
			.filter((file) => {
				const content = readFileSync(file, 'utf8');
				return content.includes(COMMONS_NAME) || content.includes(COMMONS_EMAIL);
			});
		expect(leaks.map((file) => relative(site().outDir, file))).toEqual([]);
		const [cover] = await pageTexts(readFileSync(join(site().outDir, 'pdf/catalogue.pdf')));
		expect(cover).toContain('Tiers-lieu des Glycines');
		const data = JSON.parse(read('donnees/catalogue.json')) as { organisation: { name: string }; modules: { id: string }[] };
		expect(data.organisation.name).toBe('Tiers-lieu des Glycines');
		expect(data.modules.map((module) => module.id)).toEqual(['prendre-rdv']);
	});
});
