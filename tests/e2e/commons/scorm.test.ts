// The commons' own SCORM packages, as the build writes them: one per module, each with a manifest
// valid against the SCORM 1.2 schemas (the packages are played in tests/e2e/site/scorm.test.ts).
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckFilePath, scormPackagePath } from '../../../src/offline/routes.ts';
import { packageFiles, validateManifest } from '../../helpers/scorm.ts';
import { siteGraph, useBuiltSite } from '../../helpers/sites.ts';

const graph = siteGraph('commons');
const site = useBuiltSite('commons');

describe('the commons’ SCORM packages', () => {
	it.each([...graph.byCollection.modules.keys()].sort())('%s has a manifest valid against the SCORM 1.2 schemas', (id) => {
		const manifest = new TextDecoder().decode(packageFiles(join(site().outDir, scormPackagePath(id))).get('imsmanifest.xml'));
		const validation = validateManifest(manifest);
		expect(validation.output).toContain('validates');
		expect(validation.valid).toBe(true);
	});

	it('and the decks’ single files are written, with their sizes told', () => {
		const sizes = [
			...[...graph.byCollection.decks.keys()].map(deckFilePath),
			...[...graph.byCollection.modules.keys()].map(scormPackagePath),
		].map((path) => `${path} : ${Math.round(statSync(join(site().outDir, path)).size / 1024)} Ko`);
		console.log(sizes.join('\n'));
		expect(sizes.length).toBe(graph.byCollection.decks.size + graph.byCollection.modules.size);
	});
});
