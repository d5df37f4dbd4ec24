// The commons' own glossary, roles and repères: the canonical ids exist and every link they make resolves.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/model/project.ts';
import { HELP_LEVELS } from '../../src/model/schemas/index.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const { content, graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'content' });

/** The ids the project agreed on (briefs/ids.md): pages, directives and other content name them. */
const CANONICAL_TERMS = `inclusion-numerique illectronisme mediation-numerique mediation-sociale aidant-numerique
aidant-professionnel conseiller-numerique france-services espace-public-numerique tiers-lieu fracture-numerique
dematerialisation franceconnect identite-numerique donnees-personnelles rgpd cnil mandat aidants-connect
pass-numerique accompagnement orientation diagnostic autonomie-numerique competences-numeriques pix hameconnage
mot-de-passe cloud navigateur courriel caf cpam ameli france-travail ants impots msa carsat ccas
maison-france-services non-recours acces-aux-droits usager structure-relais reseau-partenarial territoire
cartographie parcours-usager`.split(/\s+/);
const CANONICAL_ROLES = ['mickael', 'clemence', 'mireille', 'samir', 'julien', 'vladimir', 'cloe', 'thalia', 'thierry', 'stephanie'];

const terms = [...graph.byCollection.glossaire.values()];
const roles = [...graph.byCollection.roles.values()];

describe('the glossary', () => {
	it('has a file for every canonical term id', () => {
		const missing = CANONICAL_TERMS.filter((id) => !graph.get('glossaire', id));
		expect(missing).toEqual([]);
	});

	it('loads every file of content/glossaire without error', () => {
		const errors = content.messages.filter((message) => message.fatal && message.file?.includes('/glossaire/'));
		expect(errors.map((message) => `${message.file}:${message.line} ${message.message}`)).toEqual([]);
	});

	it('gives every term a definition of at least a few words and a source with a title', () => {
		const short = terms.filter((term) => term.data.definition.split(/\s+/).length < 8).map((term) => term.id);
		expect(short).toEqual([]);
		expect(terms.filter((term) => term.data.source.title.trim() === '').map((term) => term.id)).toEqual([]);
	});

	it('never defines the same word twice, counting other names', () => {
		const seen = new Map<string, string>();
		const clashes: string[] = [];
		for (const term of terms) {
			for (const name of [term.data.term, ...term.data.aliases].map((value) => value.toLocaleLowerCase('fr'))) {
				const owner = seen.get(name);
				if (owner && owner !== term.id) clashes.push(`${name}: ${owner} / ${term.id}`);
				seen.set(name, term.id);
			}
		}
		expect(clashes).toEqual([]);
	});
});

describe('the professional roles', () => {
	it('has a file for every canonical role id', () => {
		expect(CANONICAL_ROLES.filter((id) => !graph.get('roles', id))).toEqual([]);
	});

	it('says for every role what it can do, what it should not, and at least one help level', () => {
		const incomplete = roles
			.filter((role) => role.data.can.length === 0 || role.data.shouldNot.length === 0 || role.data.levels.length === 0)
			.map((role) => role.id);
		expect(incomplete).toEqual([]);
	});

	it('has every help level practised by some role and explained on a repère page', () => {
		const practised = new Set(roles.flatMap((role) => role.data.levels));
		expect(HELP_LEVELS.filter((level) => !practised.has(level))).toEqual([]);
		const explained = new Set([...graph.byCollection.reperes.values()].flatMap((page) => page.data.levels.map((item) => item.level)));
		expect(HELP_LEVELS.filter((level) => !explained.has(level))).toEqual([]);
	});
});

describe('links from the glossary, roles and repères', () => {
	const sources = new Set(['glossaire', 'roles', 'reperes']);
	const references = graph.references.filter((reference) => sources.has(reference.from.collection));

	it('name only entries that exist (related terms, modules, :term[…] and other directives)', () => {
		const broken = references
			.filter((reference) => !graph.get(reference.target, reference.id))
			.map((reference) => `${reference.from.collection}/${reference.from.id} → ${reference.target}/${reference.id}`);
		expect(broken).toEqual([]);
	});

	it('do not leave a term alone: each one relates to another term', () => {
		const linked = new Set(terms.flatMap((term) => (term.data.related.length > 0 ? [term.id, ...term.data.related] : [])));
		expect(terms.filter((term) => !linked.has(term.id)).map((term) => term.id)).toEqual([]);
	});
});
