import { describe, expect, it } from 'vitest';
import { ModuleSchema, OrganisationSchema, PersonaSchema, ParcoursSchema } from '../../../src/model/schemas/index.ts';
import { validate } from '../../../src/model/schema-messages.ts';

const validModule = {
	title: 'Sécurité des données',
	number: '3',
	section: 'le-numerique',
	summary: 'Protéger les données des personnes.',
	objectives: ['Connaître le cadre légal'],
	version: '1.0.0',
	updated: '2026-01-01',
};

describe('ModuleSchema', () => {
	it('accepts a minimal module and fills the defaults a sheet needs', () => {
		const { data, problems } = validate(ModuleSchema, validModule);
		expect(problems).toEqual([]);
		expect(data?.licence).toBe('CC-BY-SA-4.0');
		expect(data?.competences).toEqual({ savoir: [], savoirFaire: [], savoirEtre: [] });
		expect(data?.prerequisites).toEqual([]);
	});

	it('accepts the three shapes of prerequisite', () => {
		const { data, problems } = validate(ModuleSchema, {
			...validModule,
			prerequisites: ['fondamentaux', { anyOf: ['accompagnement-individuel', 'ateliers-collectifs'] }, { text: 'Savoir naviguer', orModule: 'outils' }],
		});
		expect(problems).toEqual([]);
		expect(data?.prerequisites).toHaveLength(3);
	});

	it('keeps a display number written as a bare YAML number as text', () => {
		expect(validate(ModuleSchema, { ...validModule, number: 10 }).data?.number).toBe('10');
		expect(validate(ModuleSchema, { ...validModule, number: '10A' }).data?.number).toBe('10A');
	});

	it('normalises a date whichever YAML parser read it', () => {
		const fromDate = validate(ModuleSchema, { ...validModule, updated: new Date('2025-09-12T00:00:00Z') });
		expect(fromDate.data?.updated).toBe('2025-09-12');
	});

	it('explains a missing field in French and points at its parent', () => {
		const { problems } = validate(ModuleSchema, { ...validModule, summary: undefined });
		expect(problems).toEqual([
			expect.objectContaining({ path: [], message: expect.stringContaining('champ obligatoire « summary »') }),
		]);
	});

	it('suggests the right name for a misspelt field', () => {
		const { problems } = validate(ModuleSchema, { ...validModule, prerequisite: ['x'] });
		expect(problems[0]).toMatchObject({ path: ['prerequisite'], atKey: true, hint: 'vouliez-vous dire « prerequisites » ?' });
	});

	it('rejects a version that is not semver, and an impossible date', () => {
		const { problems } = validate(ModuleSchema, { ...validModule, version: '1.0', updated: '2024-02-30' });
		expect(problems.map((problem) => problem.path)).toEqual([['version'], ['updated']]);
		expect(problems[0]!.message).toContain('version invalide');
		expect(problems[1]!.message).toContain('date impossible « 2024-02-30 »');
	});

	it('reports the branch of a prerequisite that went wrong, not a vague union error', () => {
		const { problems } = validate(ModuleSchema, { ...validModule, prerequisites: [{ anyOf: ['seul'] }] });
		expect(problems[0]).toMatchObject({ path: ['prerequisites', 0, 'anyOf'] });
		expect(problems[0]!.message).toContain('au moins deux modules');
	});

	it('refuses a duration written with its unit', () => {
		const { problems } = validate(ModuleSchema, { ...validModule, duration: '7h' });
		expect(problems[0]).toMatchObject({ path: ['duration'], hint: expect.stringContaining('duration: 7') });
	});
});

describe('dated sources', () => {
	it('reads a source with its title, address and day of consultation, and says which one lacks its date', () => {
		const source = { title: 'Budget 2025', url: 'https://aide.example/budget', consulted: '2026-12-03' };
		expect(validate(ModuleSchema, { ...validModule, sources: [source] }).data?.sources).toEqual([source]);
		const { problems } = validate(PersonaSchema, {
			name: 'Paul',
			place: 'mairie',
			situation: 'Une situation.',
			sources: [source, { title: 'Sans date', url: 'https://aide.example/autre' }],
		});
		expect(problems).toEqual([expect.objectContaining({ path: ['sources', 1], message: expect.stringContaining('consulted') })]);
	});

	it('refuses a source that is not a web address', () => {
		const { problems } = validate(ModuleSchema, { ...validModule, sources: [{ title: 'Note', url: 'pas une adresse', consulted: '2026-12-03' }] });
		expect(problems.map((problem) => problem.path)).toEqual([['sources', 0, 'url']]);
	});
});

describe('other collections', () => {
	it('refuses a parcours that types its own duration: it is computed', () => {
		const { problems } = validate(ParcoursSchema, {
			title: 'Parcours',
			summary: 'Résumé',
			audience: 'Travailleuses et travailleurs sociaux',
			steps: ['a', { module: 'b', note: 'en dernier' }],
			duration: 12,
			version: '1.0.0',
			updated: '2026-01-01',
		});
		expect(problems).toEqual([
			expect.objectContaining({
				path: ['duration'],
				message: '« duration » : la durée d’un parcours est calculée à partir de celle de ses modules : elle ne s’écrit pas',
				hint: expect.stringContaining('retirez la ligne « duration »'),
			}),
		]);
	});

	it('suggests the closest obstacle kind for a persona', () => {
		const { problems } = validate(PersonaSchema, {
			name: 'Jean',
			place: 'mairie',
			situation: 'Retraité',
			obstacles: ['psychologiqe'],
		});
		expect(problems[0]!.hint).toContain('« psychologique »');
	});

	it('requires a contact e-mail for the publisher', () => {
		const { problems } = validate(OrganisationSchema, {
			name: 'X',
			shortName: 'X',
			contact: { email: 'pas-une-adresse' },
			address: { city: 'Paris' },
			territory: ['Paris'],
		});
		expect(problems[0]).toMatchObject({ path: ['contact', 'email'], message: expect.stringContaining('adresse électronique invalide') });
	});
});

describe('the repère schema', () => {
	it('refuses a grid row without one cell per column, and says where', async () => {
		const { RepereSchema } = await import('../../../src/model/schemas/index.ts');
		const result = RepereSchema.safeParse({
			title: 'Grille',
			summary: 's',
			grid: { caption: 'c', rowsTitle: 'r', columns: ['a', 'b'], rows: [{ header: 'h', cells: [['x']] }] },
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['grid.rows.0.cells', 'cette ligne a 1 case pour 2 colonnes : il faut une case par colonne'],
		]);
	});

	it('refuses a help level the roles cannot name', async () => {
		const { RepereSchema } = await import('../../../src/model/schemas/index.ts');
		const result = RepereSchema.safeParse({ title: 't', summary: 's', levels: [{ level: 'faire-a-moitie', answers: 'a', description: 'd' }] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['levels', 0, 'level']);
	});
});
