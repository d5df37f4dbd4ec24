// Reading a zod schema the way a contributor reads a file: which fields exist at a path, and the
// French name and example line each field carries in its metadata (`.meta({ title, example })`).
import { z } from 'zod';

/** What a field says about itself: its French name and a line that shows the expected form. */
export interface FieldMeta {
	title?: string;
	example?: string;
	description?: string;
}

type Def = Record<string, unknown> & { type: string };

const defOf = (node: z.core.$ZodType) => node._zod.def as unknown as Def;

/** A node and the nodes it wraps (optional, default, pipe, union…), outermost first. */
function layers(node: z.core.$ZodType): z.core.$ZodType[] {
	const def = defOf(node);
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'prefault':
		case 'nullable':
		case 'readonly':
		case 'catch':
			return [node, ...layers(def.innerType as z.core.$ZodType)];
		case 'pipe':
			return [node, ...layers(def.in as z.core.$ZodType)];
		case 'union':
			return [node, ...(def.options as z.core.$ZodType[]).flatMap(layers)];
		default:
			return [node];
	}
}

/** The schema nodes a value at `path` is checked against (several when a union is on the way). */
export function nodesAt(schema: z.core.$ZodType, path: readonly (string | number)[]): z.core.$ZodType[] {
	let candidates: z.core.$ZodType[] = [schema];
	for (const segment of path) {
		const next: z.core.$ZodType[] = [];
		for (const candidate of candidates.flatMap(layers)) {
			const def = defOf(candidate);
			if (def.type === 'object' && typeof segment === 'string') {
				const shape = def.shape as Record<string, z.core.$ZodType>;
				if (shape[segment]) next.push(shape[segment]);
			} else if (def.type === 'array' && typeof segment === 'number') {
				next.push(def.element as z.core.$ZodType);
			}
		}
		candidates = next;
	}
	return candidates;
}

/** Keys an object schema accepts at `path`, looking through wrappers, lists and unions. */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly (string | number)[]): string[] {
	return nodesAt(schema, path)
		.flatMap(layers)
		.flatMap((candidate) => {
			const def = defOf(candidate);
			return def.type === 'object' ? Object.keys(def.shape as object) : [];
		});
}

/** The metadata of the field at `path`: the first title and example found on its layers. */
export function fieldMeta(schema: z.core.$ZodType, path: readonly (string | number)[]): FieldMeta | undefined {
	const found: FieldMeta = {};
	for (const node of nodesAt(schema, path).flatMap(layers)) {
		const meta = z.globalRegistry.get(node);
		if (!meta) continue;
		found.title ??= typeof meta.title === 'string' ? meta.title : undefined;
		found.example ??= typeof meta.example === 'string' ? meta.example : undefined;
		found.description ??= typeof meta.description === 'string' ? meta.description : undefined;
	}
	return found.title || found.example || found.description ? found : undefined;
}
