// A JSON Schema validator as a reuser of the open data would use one: Ajv in its draft 2020-12
// mode, strict, with the standard formats (email, uri, date).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function jsonSchemaValidator(): Ajv2020 {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats.default(ajv);
	return ajv;
}

/** Ajv's errors as short lines: "/modules/0/price must match exactly one schema". */
export function errorLines(errors: { instancePath: string; message?: string }[] | null | undefined): string[] {
	return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
}
