// The open data of the built fixture site as a reuser gets it: /donnees/catalogue.json valid
// against /donnees/schema.json with a JSON Schema validator, each address leading to a built file,
// and the /donnees/ page that describes them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../../../src/files/walk.ts';
import { htmlElements } from '../../../src/security/html-elements.ts';
import { describe, expect, it } from 'vitest';
import { siteGraph, useBuiltSite } from '../../helpers/sites.ts';
import { errorLines, jsonSchemaValidator } from '../../helpers/json-schema.ts';
import { LHEO_XSD, validateXml } from '../../helpers/xmllint.ts';

type Json = Record<string, unknown>;

const graph = siteGraph('fixture');
const site = useBuiltSite('fixture');
const read = (path: string) => readFileSync(join(site().outDir, path), 'utf8');
const SITE = 'https://fixture.example/';

describe('the open data of the fixture site', () => {
	it('publishes catalogue.json, valid against schema.json', () => {
		const schema = JSON.parse(read('donnees/schema.json')) as Json;
		const catalogue = JSON.parse(read('donnees/catalogue.json')) as Json;
		expect(schema.$id).toBe(`${SITE}donnees/schema.json`);
		expect(catalogue.$schema).toBe(schema.$id);
		const validate = jsonSchemaValidator().compile(schema);
		expect(validate(catalogue), errorLines(validate.errors).join('\n')).toBe(true);
		expect((catalogue.modules as Json[]).map((module) => module.id).sort()).toEqual([...graph.byCollection.modules.keys()].sort());
	});

	it('gives addresses that lead to built pages, their anchors, and printed PDFs', () => {
		const catalogue = JSON.parse(read('donnees/catalogue.json')) as Record<string, Json[] | unknown>;
		const missing: string[] = [];
		let checked = 0;
		for (const value of Object.values(catalogue)) {
			if (!Array.isArray(value)) continue;
			for (const entity of value as Json[]) {
				for (const [kind, address] of Object.entries(entity.links as Record<string, string>)) {
					expect(address.startsWith(SITE), address).toBe(true);
					const [path, anchor] = decodeURI(address.slice(SITE.length)).split('#') as [string, string | undefined];
					const file = join(site().outDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
					checked += 1;
					const found = existsSync(file) && (anchor === undefined || readFileSync(file, 'utf8').includes(`id="${anchor}"`));
					if (!found) missing.push(`${String(entity.id)} ${kind} ${address}`);
				}
			}
		}
		expect(checked).toBeGreaterThan(graph.entries.length);
		expect(missing).toEqual([]);
	});

	it('describes the files, their licence and their version on /donnees/', () => {
		const page = read('donnees/index.html');
		expect(page).toContain('href="/donnees/catalogue.json"');
		expect(page).toContain('href="/donnees/schema.json"');
		expect(page).toContain('CC BY-SA 4.0');
		expect(page).toMatch(/version <strong>\d+\.\d+\.\d+<\/strong>/);
	});
});

/** The JSON-LD blocks of a built page, parsed. */
function jsonLdOf(html: string): Json[] {
	return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Json);
}

describe('schema.org descriptions', () => {
	it('describes a module page as a Course with every property a search engine reads', () => {
		const blocks = jsonLdOf(read('modules/securite/index.html'));
		expect(blocks).toHaveLength(1);
		const course = blocks[0]!;
		const module = graph.get('modules', 'securite')!.data;
		expect(course['@context']).toBe('https://schema.org');
		expect(course['@type']).toBe('Course');
		expect(course.name).toBe(module.title);
		expect(course.description).toBe(module.summary);
		expect(course.teaches).toEqual(module.objectives.map((objective) => objective.text));
		expect(course.coursePrerequisites).toEqual([
			{ '@type': 'Course', '@id': `${SITE}modules/outils/`, url: `${SITE}modules/outils/`, name: graph.get('modules', 'outils')!.data.title },
			'Connaître les outils de base',
		]);
		expect(course.timeRequired).toBe('PT6H');
		expect(course.inLanguage).toBe('fr');
		expect(course.educationalLevel).toBe(module.audience);
		expect(course.audience).toEqual({ '@type': 'EducationalAudience', audienceType: module.audience });
		expect(course.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/deed.fr');
		expect(course.isBasedOn).toBe('https://origine.example/modules/securite/');
		expect(course.provider).toMatchObject({ '@type': 'Organization', name: 'Atelier Fixture', url: SITE, taxID: '00000000000000' });
		const offer = { '@type': 'Offer', category: 'Paid', price: 150, priceCurrency: 'EUR', url: `${SITE}modules/securite/`, description: 'par personne' };
		expect(course.offers).toEqual(offer);
		expect(course.hasCourseInstance).toEqual({ '@type': 'CourseInstance', courseMode: 'Onsite', courseWorkload: 'PT6H', offers: offer, inLanguage: 'fr' });
		const alignments = course.educationalAlignment as Json[];
		expect(alignments.map((alignment) => alignment.targetName)).toEqual([
			expect.stringMatching(/^4\.1 /),
			expect.stringMatching(/^4\.2 /),
			expect.stringMatching(/^4\.2 /),
		]);
		expect(alignments[0]).toMatchObject({ '@type': 'AlignmentObject', alignmentType: 'teaches', targetUrl: `${SITE}competences/#crcn-4-1` });
		expect(alignments.map((alignment) => alignment.educationalFramework)).toEqual([
			'Cadre de référence des compétences numériques',
			'Cadre de référence des compétences numériques',
			expect.stringContaining('DigComp'),
		]);
	});

	it('gives no offer for a price « sur devis », and the format of the module when it has its own', () => {
		const accueil = jsonLdOf(read('modules/accueil/index.html'))[0]!;
		expect(accueil.offers).toBeUndefined();
		expect(accueil.hasCourseInstance).toMatchObject({ courseMode: 'Blended', location: { '@type': 'Place', name: 'Salle inventée de Testville' } });
	});

	it('describes a path as a course made of its modules’ courses, in order', () => {
		const course = jsonLdOf(read('parcours/premiers-pas/index.html'))[0]!;
		expect(course['@type']).toBe('Course');
		expect((course.hasPart as Json[]).map((part) => part['@id'])).toEqual(
			graph.get('parcours', 'premiers-pas')!.data.steps.map((step) => `${SITE}modules/${step.module}/`),
		);
		expect(course.timeRequired).toBe(`PT${graph.parcoursTotals('premiers-pas').hours}H`);
	});

	it('puts no JSON-LD on other pages', () => {
		expect(jsonLdOf(read('index.html'))).toEqual([]);
		expect(jsonLdOf(read('personas/lea/index.html'))).toEqual([]);
	});
});

describe('Open Badges 3.0', () => {
	it('links each module page to its badge, a valid Open Badges 3.0 achievement', () => {
		const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/open-badges/achievement.schema.json'), 'utf8')) as object;
		const validate = jsonSchemaValidator().compile(schema);
		for (const id of graph.byCollection.modules.keys()) {
			const page = read(`modules/${id}/index.html`);
			expect(page, id).toMatch(new RegExp(`<a href="/donnees/badges/${id}\\.json"[^>]*>Badge de ce module</a>`));
			const achievement = JSON.parse(read(`donnees/badges/${id}.json`)) as Json;
			expect(validate(achievement), `${id}: ${errorLines(validate.errors).join('; ')}`).toBe(true);
			const image = (achievement.image as { id: string }).id;
			expect(existsSync(join(site().outDir, image.slice(SITE.length))), image).toBe(true);
		}
	});
});

describe('LHÉO 2.3', () => {
	it('publishes lheo.xml, valid against the LHÉO schema, and links it from /donnees/', () => {
		const xml = read('donnees/lheo.xml');
		const validation = validateXml(xml, LHEO_XSD);
		expect(validation.valid, validation.output).toBe(true);
		expect([...xml.matchAll(/<formation numero="([^"]+)">/g)].map((match) => match[1])).toEqual(graph.modulesInCatalogueOrder().map((module) => module.id));
		expect(read('donnees/index.html')).toContain('href="/donnees/lheo.xml"');
	});
});

describe('the national standard in the kit', () => {
	it('shows, in the kit’s tables, the national service of each mediation type and the typology of each structure type', () => {
		const typology = read('kit/typologie/index.html');
		expect(typology).toContain('<th scope="col">Service du standard national</th>');
		expect(typology).toMatch(/<tr id="poste">[\s\S]*?<td>Accès internet et matériel informatique<\/td>/);
		const structures = read('kit/structures/index.html');
		expect(structures).toContain('<th scope="col">Typologie du standard national</th>');
		expect(structures).toMatch(/<tr id="structure-bibliotheque">[\s\S]*?<td>BIB<\/td>/);
	});
});

describe('the sitemap of the fixture site', () => {
	it('lists every page meant for search engines and none that says noindex (print layouts, editor, SCORM pages)', () => {
		const sitemaps = readdirSync(site().outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
		expect(sitemaps.length).toBeGreaterThan(0);
		const listed = new Set(sitemaps.flatMap((file) => [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)));
		const expected = new Set<string>();
		const unlisted: string[] = [];
		for (const file of filesUnder(site().outDir, ['index.html'])) {
			const path = relative(site().outDir, file).split(sep).join('/').replace(/index\.html$/, '');
			if (path === '404/' || path.startsWith('pagefind/')) continue;
			const noindex = htmlElements(readFileSync(file, 'utf8')).some((element) => element.name === 'meta' && element.attributes.name === 'robots' && /noindex/.test(element.attributes.content ?? ''));
			if (noindex) unlisted.push(`${SITE}${path}`);
			else expected.add(`${SITE}${path}`);
		}
		expect(unlisted.length).toBeGreaterThan(2);
		expect(unlisted.filter((url) => listed.has(url))).toEqual([]);
		expect([...expected].filter((url) => !listed.has(url))).toEqual([]);
	});
});
