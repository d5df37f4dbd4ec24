// Reading a SCORM package as a platform does: the files of its archive, and its imsmanifest.xml
// validated against the SCORM 1.2 schemas vendored in src/scorm/schemas/ by xmllint (Debian's
// libxml2-utils, installed by .ci/run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { PROJECT_ROOT } from './build-site.ts';

const SCHEMAS = join(PROJECT_ROOT, 'src', 'scorm', 'schemas');

/** The files of a package, by their path in the archive. */
export function packageFiles(zipFile: string): Map<string, Uint8Array> {
	return new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(zipFile)))));
}

/**
 * One schema that brings in the three namespaces a SCORM 1.2 manifest uses (content packaging,
 * ADL's extensions, IMS metadata): xmllint validates against one schema, and the content
 * packaging schema's wildcards are strict, so every element of the others must be declared.
 */
const DRIVER = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:commun-formation:scorm12">
	<xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="${pathToFileURL(join(SCHEMAS, 'imscp_rootv1p1p2.xsd')).href}"/>
	<xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="${pathToFileURL(join(SCHEMAS, 'adlcp_rootv1p2.xsd')).href}"/>
	<xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="${pathToFileURL(join(SCHEMAS, 'imsmd_rootv1p2p1.xsd')).href}"/>
</xsd:schema>
`;

/** Whether xmllint finds the manifest valid, with what it said. */
export function validateManifest(xml: string): { valid: boolean; output: string } {
	const folder = mkdtempSync(join(tmpdir(), 'scorm-manifest-'));
	try {
		writeFileSync(join(folder, 'scorm12.xsd'), DRIVER);
		writeFileSync(join(folder, 'imsmanifest.xml'), xml);
		const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(folder, 'scorm12.xsd'), join(folder, 'imsmanifest.xml')], { encoding: 'utf8' });
		if (run.error) throw new Error(`xmllint est introuvable (${run.error.message}) : installez le paquet Debian libxml2-utils`);
		return { valid: run.status === 0 && /imsmanifest\.xml validates/.test(run.stderr), output: run.stderr };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
