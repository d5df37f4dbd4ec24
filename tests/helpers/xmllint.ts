// XML Schema validation with xmllint (Debian's libxml2-utils, installed by .ci/run), run as a process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site.ts';

/** The LHÉO 2.3 schema the tests validate against (see the comment at its top for its source). */
export const LHEO_XSD = join(PROJECT_ROOT, 'tests/fixtures/lheo/lheo.xsd');

export interface Validation {
	valid: boolean;
	/** xmllint's messages: "file.xml:12: element nom: Schemas validity error : …". */
	output: string;
}

export function validateXml(xml: string, schema: string): Validation {
	const folder = mkdtempSync(join(tmpdir(), 'commun-xmllint-'));
	try {
		const file = join(folder, 'document.xml');
		writeFileSync(file, xml);
		const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
		if (run.error) throw new Error(`xmllint est introuvable : installez le paquet libxml2-utils (${run.error.message})`);
		return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
