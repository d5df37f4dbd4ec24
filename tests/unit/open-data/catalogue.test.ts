// The open-data catalogue of the fixture site, made in memory from its loaded project: it is valid
// against its own JSON Schema, and every field of the model reaches it (the fixture site fills each).
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../../src/model/collections.ts';
import { loadProject } from '../../../src/model/project.ts';
import { buildCatalogue } from '../../../src/open-data/catalogue.ts';
import { catalogueJsonSchema } from '../../../src/open-data/json-schema.ts';
import { siteAddress } from '../../../src/open-data/site-address.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { errorLines, jsonSchemaValidator } from '../../helpers/json-schema.ts';

type Json = Record<string, unknown>;

const project = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' });
const catalogue = JSON.parse(JSON.stringify(buildCatalogue(project, siteAddress('https://fixture.example/', '/')))) as Json;
const schema = catalogueJsonSchema({ id: 'https://fixture.example/donnees/schema.json' });
const properties = schema.properties as Record<string, Json>;

describe('catalogue.json and schema.json', () => {
	it('validates against the JSON Schema generated from the model', () => {
		const validate = jsonSchemaValidator().compile(schema);
		expect(validate(catalogue), errorLines(validate.errors).join('\n')).toBe(true);
	});

	it('refuses a catalogue with a field the schema does not know, or a wrong type', () => {
		const validate = jsonSchemaValidator().compile(schema);
		const modules = catalogue.modules as Json[];
		expect(validate({ ...catalogue, modules: [{ ...modules[0], inconnu: 1 }] })).toBe(false);
		expect(validate({ ...catalogue, modules: [{ ...modules[0], duration: 'trois heures' }] })).toBe(false);
	});

	it('carries every field of every collection and of the organisation: a model field left out of the export fails here', () => {
		// The fixture site fills each field of each collection at least once (add a value there when you add a field).
		const missing: string[] = [];
		for (const collection of collectionNames) {
			const declared = Object.keys((properties[collection]!.items as Json).properties as Json);
			const entities = catalogue[collection] as Json[];
			for (const field of declared) if (!entities.some((entity) => entity[field] !== undefined)) missing.push(`${collection}.${field}`);
		}
		for (const single of ['organisation', 'accessibility']) {
			for (const field of Object.keys(properties[single]!.properties as Json)) {
				if ((catalogue[single] as Json)[field] === undefined) missing.push(`${single}.${field}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('gives each module its page, its PDF, its trainer sheet when it has a running order, and its badge', () => {
		const securite = (catalogue.modules as Json[]).find((module) => module.id === 'securite')!;
		expect(securite.links).toEqual({
			page: 'https://fixture.example/modules/securite/',
			pdf: 'https://fixture.example/pdf/modules/securite.pdf',
			history: 'https://fixture.example/modules/securite/historique/',
			trainerSheet: 'https://fixture.example/modules/securite/animation/',
			trainerSheetPdf: 'https://fixture.example/pdf/animation/securite.pdf',
			badge: 'https://fixture.example/donnees/badges/securite.json',
		});
		expect(securite.title).toBe('Protéger les données');
		expect(securite.price).toEqual({ kind: 'amount', amount: 150, per: 'personne' });
		expect(securite.body).toContain('##');
	});

	it('lists the modules in catalogue order and gives each path its total hours', () => {
		expect((catalogue.modules as Json[]).map((module) => module.id)).toEqual(project.graph.modulesInCatalogueOrder().map((module) => module.id));
		for (const parcours of catalogue.parcours as Json[]) {
			expect(parcours.duration, String(parcours.id)).toBe(project.graph.parcoursTotals(String(parcours.id)).hours);
		}
	});

	it('names the schema by the site’s address, and writes site paths under the base when the site has no address', () => {
		expect(schema.$id).toBe('https://fixture.example/donnees/schema.json');
		expect(catalogue.$schema).toBe('https://fixture.example/donnees/schema.json');
		const local = buildCatalogue(project, siteAddress(undefined, '/catalogue/'));
		expect(local.site).toBeUndefined();
		expect(local.modules[0]!.links.page).toBe(`/catalogue/modules/${local.modules[0]!.id}/`);
		expect(catalogueJsonSchema().$id).toBeUndefined();
	});
});
