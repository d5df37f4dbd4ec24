// The editor's configuration and the zod schemas agree field by field: every field of every schema
// has a widget with its French label, required as the schema requires it, a drop-down for an
// enumeration and a choice among contents for an id. A field added to a schema without a French
// title, or missing from the editor, fails here. The configuration is also what Sveltia CMS accepts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsConfig } from '../../../src/cms/config.ts';
import { isComputedField, type CmsField } from '../../../src/cms/fields.ts';
import { collectionNames, specOf } from '../../../src/model/collections.ts';
import { fieldMeta, knownKeysAt, nodesAt } from '../../../src/model/schema-walk.ts';
import { AccessibilityStatementSchema, OrganisationSchema } from '../../../src/model/schemas/index.ts';

type Collection = { name: string; folder?: string; format?: string; extension?: string; fields?: CmsField[]; files?: { name: string; file: string; fields: CmsField[] }[] };
const repository = { url: 'https://github.com/asso/catalogue', branch: 'main', forge: 'github' as const };
const config = cmsConfig({ contentDir: 'content', repository, site: 'https://asso.github.io/catalogue/' }) as { collections: Collection[]; backend: Record<string, unknown> };
const collection = (name: string) => config.collections.find((item) => item.name === name)!;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Def = { type: string; entries?: Record<string, string>; innerType?: z.core.$ZodType; in?: z.core.$ZodType; element?: z.core.$ZodType };
const defOf = (node: z.core.$ZodType) => node._zod.def as unknown as Def;
/** The node under optional/default/pipe…: what the field holds. */
function inner(node: z.core.$ZodType): z.core.$ZodType {
	const def = defOf(node);
	if (def.innerType) return inner(def.innerType);
	if (def.type === 'pipe' && def.in) return inner(def.in);
	return node;
}

/** The object shapes a value at `path` may take (several when a union offers several). */
function objectsAt(schema: z.core.$ZodType, path: (string | number)[]): z.core.$ZodType[] {
	const expand = (node: z.core.$ZodType): z.core.$ZodType[] => {
		const def = node._zod.def as unknown as Def & { options?: z.core.$ZodType[] };
		if (def.type === 'object') return [node];
		if (def.type === 'union') return def.options!.flatMap(expand);
		const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
		return next ? expand(next) : [];
	};
	return nodesAt(schema, path).flatMap(expand);
}

/** Compares the editor's fields with the schema's keys at `path`, and goes down into objects and lists. */
function compare(schema: z.core.$ZodType, path: (string | number)[], fields: CmsField[], where: string, checked: string[]): void {
	const keys = [...new Set(knownKeysAt(schema, path))].filter((key) => !nodesAt(schema, [...path, key]).some(isComputedField));
	expect(fields.map((field) => field.name), where).toEqual(keys);
	for (const field of fields) {
		const at = [...path, field.name];
		const place = `${where}.${field.name}`;
		checked.push(place);
		const meta = fieldMeta(schema, at);
		expect(meta?.title, `${place} : le champ n’a pas de titre français (.meta({ title }))`).toBeTruthy();
		expect(field.label, place).toBe(capitalise(meta!.title!));
		const nodes = nodesAt(schema, at);
		// Required in the editor exactly when the schema refuses a file without it; a field of one of
		// several shapes a union offers is never required (another shape goes without it).
		const oneShapeOfSeveral = objectsAt(schema, path).length > 1;
		expect(field.required, place).toBe(!oneShapeOfSeveral && nodes.every((node) => node._zod.optin === undefined));
		const held = nodes.map(inner);
		const enumeration = held.find((node) => defOf(node).type === 'enum') ?? held.map((node) => defOf(node).element).filter(Boolean).map((node) => inner(node!)).find((node) => defOf(node).type === 'enum');
		if (enumeration) {
			expect(field.widget, place).toBe('select');
			expect(field.options, place).toEqual(Object.values(defOf(enumeration).entries!));
		}
		const subFields = field.fields as CmsField[] | undefined;
		if (subFields) compare(schema, field.widget === 'list' ? [...at, 0] : at, subFields, place, checked);
	}
}

describe('the editor’s configuration', () => {
	it('has a collection for every kind of content, in its folder and format, with its French name', () => {
		for (const name of collectionNames) {
			const spec = specOf(name);
			expect(collection(name), name).toMatchObject({
				folder: `content/${spec.folder}`,
				format: spec.format === 'markdown' ? 'frontmatter' : 'yaml',
				label: capitalise(spec.noun.plural),
			});
		}
		expect(collection('editeur').files!.map((file) => file.file)).toEqual(['content/organisation.yaml', 'content/accessibilite.yaml']);
	});

	it('agrees with the zod schemas field by field, at every depth', () => {
		const checked: string[] = [];
		for (const name of collectionNames) {
			const fields = collection(name).fields!;
			const body = fields.at(-1)!;
			const headerFields = specOf(name).format === 'markdown' ? fields.slice(0, -1) : fields;
			if (specOf(name).format === 'markdown') expect(body, name).toMatchObject({ name: 'body', widget: 'markdown', modes: ['raw'] });
			compare(specOf(name).schema, [], headerFields, name, checked);
		}
		const [organisation, accessibility] = collection('editeur').files!;
		compare(OrganisationSchema, [], organisation!.fields, 'organisation', checked);
		compare(AccessibilityStatementSchema, [], accessibility!.fields, 'accessibilite', checked);
		expect(checked.length).toBeGreaterThan(150);
		expect(checked).toContain('modules.sequence.persona');
	});

	it('offers existing contents for ids: sections, modules, personas, typology and structure types', () => {
		const field = (collectionName: string, ...path: string[]) => {
			let fields = collection(collectionName).fields!;
			let found: CmsField | undefined;
			for (const name of path) {
				found = fields.find((item) => item.name === name);
				fields = (found?.fields as CmsField[]) ?? [];
			}
			return found;
		};
		expect(field('modules', 'section')).toMatchObject({ widget: 'relation', collection: 'sections', value_field: '{{slug}}' });
		expect(field('modules', 'followUps')).toMatchObject({ widget: 'relation', collection: 'modules', multiple: true, display_fields: ['title'] });
		expect(field('modules', 'sequence', 'persona')).toMatchObject({ widget: 'relation', collection: 'personas', display_fields: ['name'] });
		expect(field('parcours', 'steps', 'module')).toMatchObject({ widget: 'relation', collection: 'modules' });
		expect(field('personas', 'modules')).toMatchObject({ widget: 'relation', collection: 'modules', multiple: true });
		expect(field('repertoire', 'mediations')).toMatchObject({ widget: 'relation', collection: 'typologie', value_field: 'types.*.id', multiple: true });
		expect(field('repertoire', 'structureType')).toMatchObject({ widget: 'relation', collection: 'structures', value_field: 'types.*.id' });
	});

	it('lets contributors without write access propose changes from a fork (GitHub Open Authoring)', () => {
		expect(config.backend).toEqual({ name: 'github', repo: 'asso/catalogue', branch: 'main', open_authoring: true, auth_scope: 'public_repo' });
		expect((config as unknown as { publish_mode: string }).publish_mode).toBe('editorial_workflow');
	});

	it('is a configuration Sveltia CMS accepts (its own JSON schema)', () => {
		const require = createRequire(import.meta.url);
		const schemaFile = join(dirname(require.resolve('@sveltia/cms')), '..', 'schema', 'sveltia-cms.json');
		const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
		const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
		expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		// A wrong configuration is refused: the schema does check.
		expect(validate({ ...config, collections: [{ name: 'x', folder: 'content/x', fields: [{ name: 'a', widget: 'string', required: 'oui' }] }] })).toBe(false);
	});
});
