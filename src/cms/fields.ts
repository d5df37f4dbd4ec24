// The editor's fields for a zod schema: every field of the model becomes a Sveltia CMS widget with
// its French label (the schema's `title`), its hint (the schema's `example`), required exactly when
// the schema requires it, a drop-down for an enumeration, and a choice among existing contents for
// an id the schema says where to find (`references`). Read from the schemas, never written by hand:
// a field added to a schema is in the editor at the next build.
import { z } from 'zod';

/** A Sveltia CMS field, as its configuration format writes it. */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

type Def = Record<string, unknown> & { type: string };
const defOf = (node: z.core.$ZodType) => node._zod.def as unknown as Def;

/** Wrappers that do not change what a field holds; `optional` and `default` make it not required. */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'pipe']);

interface Unwrapped {
	node: z.core.$ZodType;
	required: boolean;
	meta: Record<string, unknown>;
}

/** The field's inner node, whether it must be given, and its metadata (outermost first wins). */
function unwrap(node: z.core.$ZodType): Unwrapped {
	const meta: Record<string, unknown> = {};
	let required = true;
	let current = node;
	for (;;) {
		for (const [key, value] of Object.entries(z.globalRegistry.get(current) ?? {})) if (!(key in meta)) meta[key] = value;
		const def = defOf(current);
		if (!WRAPPERS.has(def.type)) break;
		if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') required = false;
		current = (def.type === 'pipe' ? def.in : def.innerType) as z.core.$ZodType;
	}
	return { node: current, required, meta };
}

/** A field the site computes, refused when typed (computedField): no widget. */
export function isComputedField(node: z.core.$ZodType): boolean {
	return defOf(unwrap(node).node).type === 'custom';
}

/** The object shape of a schema, through its wrappers. */
export function shapeOf(schema: z.core.$ZodType): Record<string, z.core.$ZodType> {
	const { node } = unwrap(schema);
	const def = defOf(node);
	return def.type === 'object' ? (def.shape as Record<string, z.core.$ZodType>) : {};
}

/** Where an id points: "modules" (an entry) or "typologie.types" (an id inside a list of entries). */
export interface Reference {
	collection: string;
	list?: string;
}

function referenceOf(meta: Record<string, unknown>): Reference | undefined {
	if (typeof meta.references !== 'string') return undefined;
	const [collection, list] = meta.references.split('.');
	return { collection: collection!, list };
}

/** What a relation field offers: entries of a collection, or the ids listed inside its entries. */
function relation(reference: Reference, identifier: (collection: string) => string): Record<string, unknown> {
	if (reference.list) {
		return {
			widget: 'relation',
			collection: reference.collection,
			value_field: `${reference.list}.*.id`,
			display_fields: [`${reference.list}.*.label`],
			search_fields: [`${reference.list}.*.label`, `${reference.list}.*.id`],
		};
	}
	const shown = identifier(reference.collection);
	return { widget: 'relation', collection: reference.collection, value_field: '{{slug}}', display_fields: [shown], search_fields: [shown] };
}

export interface FieldContext {
	/** The field a relation shows for an entry of a collection: "title", "name", "term"… */
	identifier(collection: string): string;
}

/** The variant of a union the editor shows: the object whose fields cover the others, else the first. */
function unionVariant(options: readonly z.core.$ZodType[]): z.core.$ZodType {
	const unwrapped = options.map((option) => unwrap(option).node);
	if (unwrapped.some((option) => defOf(option).type === 'date')) return z.string().meta({ format: 'date' });
	const objects = unwrapped.filter((option) => defOf(option).type === 'object');
	if (objects.length === 0) return unwrapped[0]!;
	if (objects.length === 1) return objects[0]!;
	// Several shapes of object: one object with all their fields, none of them required.
	const shape: Record<string, z.core.$ZodType> = {};
	for (const object of objects) for (const [key, value] of Object.entries(shapeOf(object))) shape[key] ??= z.optional(value as z.ZodType);
	return z.object(shape);
}

/** The widget options for a node that holds a value of the field (without name, label, hint). */
function widgetOf(node: z.core.$ZodType, meta: Record<string, unknown>, context: FieldContext): Record<string, unknown> {
	const def = defOf(node);
	const reference = referenceOf(meta);
	switch (def.type) {
		case 'string':
			if (reference) return relation(reference, context.identifier);
			if (meta.format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', time_format: false };
			return { widget: 'string' };
		case 'number':
		case 'int':
			return { widget: 'number', value_type: (def.checks as unknown[] | undefined)?.length || def.type === 'int' ? 'int' : 'float' };
		case 'boolean':
			return { widget: 'boolean' };
		case 'enum':
			return { widget: 'select', options: Object.values(def.entries as Record<string, string>) };
		case 'literal':
			return { widget: 'select', options: (def.values as unknown[]).map(String) };
		case 'object':
			return { widget: 'object', fields: fieldsOf(node, context) };
		case 'union': {
			const variant = unionVariant(def.options as z.core.$ZodType[]);
			const inner = unwrap(variant);
			return widgetOf(inner.node, { ...inner.meta, ...meta }, context);
		}
		case 'array': {
			const element = unwrap(def.element as z.core.$ZodType);
			const item = widgetOf(element.node, { ...element.meta, ...(reference ? { references: meta.references } : {}) }, context);
			if (item.widget === 'relation' || item.widget === 'select') return { ...item, multiple: true };
			if (item.widget === 'object') return { widget: 'list', fields: item.fields };
			return { widget: 'list', field: { name: 'item', label: String(element.meta.title ?? meta.title ?? 'élément'), ...item } };
		}
		default:
			return { widget: 'string' };
	}
}

/** The schema's example line as a form says it: "duration: 7" → « Par exemple : 7 ». */
function exampleHint(name: string, example: unknown): string | undefined {
	if (typeof example !== 'string') return undefined;
	return example.startsWith(`${name}: `) ? `Par exemple : ${example.slice(name.length + 2)}` : example;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One field of an object schema, as the editor shows it. */
export function fieldOf(name: string, schema: z.core.$ZodType, context: FieldContext): CmsField {
	const { node, required, meta } = unwrap(schema);
	const hint = [meta.description, exampleHint(name, meta.example)].filter((text): text is string => typeof text === 'string').join(' — ');
	return {
		name,
		label: typeof meta.title === 'string' ? capitalise(meta.title) : name,
		...(hint ? { hint } : {}),
		required,
		...widgetOf(node, meta, context),
	} as unknown as CmsField;
}

/** Every field of an object schema except those the site computes, in the schema's order. */
export function fieldsOf(schema: z.core.$ZodType, context: FieldContext): CmsField[] {
	return Object.entries(shapeOf(schema))
		.filter(([, node]) => !isComputedField(node))
		.map(([name, node]) => fieldOf(name, node, context));
}
