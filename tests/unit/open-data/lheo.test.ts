// The LHÉO 2.3 export, made from the loaded model of the commons and of the fixture site, validated
// against the LHÉO schema with xmllint; and what happens when organisation.yaml lacks what LHÉO needs.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/model/project.ts';
import type { Organisation } from '../../../src/model/schemas/index.ts';
import { buildLheo, describeMissing, fit, lheoMissing, lheoModulesLeftOut } from '../../../src/open-data/lheo.ts';
import { siteAddress } from '../../../src/open-data/site-address.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';
import { LHEO_XSD, validateXml } from '../../helpers/xmllint.ts';

function lheoOf(contentDir: string) {
	const { graph } = loadProject({ root: PROJECT_ROOT, contentDir });
	return { graph, result: buildLheo(graph, siteAddress(graph.organisation?.site, '/')) };
}

/** Every element named `name`, as text, in document order. */
function texts(xml: string, name: string): string[] {
	return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((match) => match[1]!);
}

describe('lheo.xml', () => {
	for (const [label, contentDir] of [
		['the commons’ example organisation', 'content'],
		['the fixture site’s organisation', 'tests/fixtures/site'],
	] as const) {
		it(`is valid LHÉO 2.3 for ${label}, one <formation> per module`, () => {
			const { graph, result } = lheoOf(contentDir);
			if (!('xml' in result)) throw new Error(describeMissing(result.missing));
			const validation = validateXml(result.xml, LHEO_XSD);
			expect(validation.output).toContain('validates');
			expect(validation.valid).toBe(true);
			const expected = graph.modulesInCatalogueOrder().filter((module) => !lheoModulesLeftOut(graph).some((left) => left.module === module.id));
			expect(expected.length).toBeGreaterThan(0);
			expect([...result.xml.matchAll(/<formation numero="([^"]+)">/g)].map((match) => match[1])).toEqual(expected.map((module) => module.id));
			// The « premier cercle »: the mandatory elements, once per formation or action.
			for (const element of ['intitule-formation', 'objectif-formation', 'resultats-attendus', 'contenu-formation', 'certifiante', 'parcours-de-formation', 'code-niveau-entree', 'rythme-formation', 'niveau-entree-obligatoire', 'modalites-alternance', 'modalites-enseignement', 'conditions-specifiques', 'prise-en-charge-frais-possible', 'modalites-entrees-sorties', 'numero-activite', 'SIRET', 'nom-organisme', 'raison-sociale']) {
				expect(texts(result.xml, element), element).toHaveLength(expected.length);
			}
		});
	}

	it('carries each module’s codes, or else the organisation’s, and its practical information', () => {
		const { result } = lheoOf('tests/fixtures/site');
		if (!('xml' in result)) throw new Error('no lheo.xml');
		const accueil = result.xml.slice(result.xml.indexOf('<formation numero="accueil">'), result.xml.indexOf('</formation>', result.xml.indexOf('<formation numero="accueil">')));
		expect(texts(accueil, 'code-FORMACODE')).toEqual(['35052', '44072']);
		expect(accueil).toContain('<code-FORMACODE ref="V12">35052</code-FORMACODE>');
		expect(texts(accueil, 'code-NSF')).toEqual(['334']);
		expect(texts(accueil, 'code-public-vise')).toEqual(['80055', '80058']);
		expect(texts(accueil, 'modalites-enseignement')).toEqual(['1']);
		expect(texts(accueil, 'ligne')[0]).toBe('Salle inventée de Testville');
		expect(texts(accueil, 'acces-handicapes')).toEqual(['Salle de plain-pied, supports agrandis sur demande.']);
		expect(texts(accueil, 'urlweb')[0]).toBe('https://fixture.example/modules/accueil/');
		const outils = result.xml.slice(result.xml.indexOf('<formation numero="outils">'));
		expect(texts(outils, 'code-FORMACODE')[0]).toBe('44054');
		expect(texts(outils, 'code-public-vise')[0]).toBe('80036');
		expect(texts(outils, 'SIRET')[0]).toBe('00000000000000');
	});

	it('is refused by the schema when a mandatory element is missing or a code list is not followed (the validation can fail)', () => {
		const { result } = lheoOf('tests/fixtures/site');
		if (!('xml' in result)) throw new Error('no lheo.xml');
		expect(validateXml(result.xml.replace(/<certifiante>0<\/certifiante>/, ''), LHEO_XSD).valid).toBe(false);
		expect(validateXml(result.xml.replace(/<modalites-enseignement>0</, '<modalites-enseignement>7<'), LHEO_XSD).valid).toBe(false);
		expect(validateXml(result.xml.replace(/<code-public-vise ref="V12">/, '<code-public-vise>'), LHEO_XSD).valid).toBe(false);
	});

	it('is not written when organisation.yaml lacks what LHÉO requires, and names each missing field in French', () => {
		const { graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' });
		const organisation: Organisation = { ...graph.organisation!, siret: '123', registration: undefined, address: { city: 'Testville' } };
		const missing = lheoMissing(organisation);
		expect(missing.map((field) => field.path)).toEqual(['siret', 'registration.number', 'address.street', 'address.postalCode']);
		expect(describeMissing(missing)).toBe(
			'numéro SIRET invalide (« siret » : 14 chiffres attendus) ; il manque numéro de déclaration d’activité (« registration.number »), numéro et rue (« address.street »), code postal (« address.postalCode »)',
		);
		expect(buildLheo({ ...graph, organisation }, siteAddress(undefined, '/'))).toEqual({ missing });
	});

	it('leaves out a module without audience codes when the organisation gives none either', () => {
		const { graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'tests/fixtures/site' });
		const organisation: Organisation = { ...graph.organisation!, training: { ...graph.organisation!.training, audienceCodes: undefined } };
		const left = lheoModulesLeftOut({ ...graph, organisation });
		expect(left.map((entry) => entry.module)).not.toContain('accueil');
		expect(left.map((entry) => entry.module)).toContain('outils');
		const result = buildLheo({ ...graph, organisation }, siteAddress(undefined, '/'));
		if (!('xml' in result)) throw new Error('no lheo.xml');
		expect([...result.xml.matchAll(/<formation numero="([^"]+)">/g)].map((match) => match[1])).toEqual(['accueil']);
	});

	it('cuts a text to LHÉO’s length at a word, keeping its lines', () => {
		expect(fit('un deux trois', 20)).toBe('un deux trois');
		expect(fit('un deux trois quatre', 12)).toBe('un deux…');
		expect(fit('ligne un\n\n  ligne   deux', 100)).toBe('ligne un\nligne deux');
	});
});
