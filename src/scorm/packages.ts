// The SCORM 1.2 package of each module, dist/scorm/<id>.zip, from the built site: the page
// /scorm/<id>/ made into one file (src/offline/standalone-page.ts) with the SCO script bundled from
// src/scripts/scorm.ts, the manifest written from the model, and the SCORM 1.2 schemas.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import { missingWarnings, type OfflineSite, type WrittenFile } from '../offline/decks.ts';
import { scormPackagePath, scormPagePath } from '../offline/routes.ts';
import { bundledScript, generatorScript } from '../offline/script-bundle.ts';
import { siteFile } from '../offline/site-files.ts';
import { standalonePage } from '../offline/standalone-page.ts';
import { standalonePolicy } from '../security/csp.ts';
import { withBase } from '../site/urls.ts';
import { SCHEMA_FILES, SCO_FILE, scormManifest } from './manifest.ts';
import { zipPackage } from './package.ts';
import { scormQuizCount } from './quizzes.ts';

const SCHEMAS_DIR = fileURLToPath(new URL('./schemas/', import.meta.url));

/** Writes the package of each module given (all of the model's by default) and says what each weighs. */
export async function writeScormPackages(graph: ContentGraph, site: OfflineSite, modules: readonly ModuleEntry[] = [...graph.byCollection.modules.values()]): Promise<WrittenFile[]> {
	if (modules.length === 0) return [];
	const script = await bundledScript(generatorScript('scorm'));
	const policy = standalonePolicy([script]);
	const address = { siteDir: site.outDir, base: site.base };
	const schemas = SCHEMA_FILES.map((name) => [name, new Uint8Array(readFileSync(join(SCHEMAS_DIR, name)))] as const);
	return modules.map((module) => {
		const pagePath = withBase(scormPagePath(module.id), site.base);
		const page = siteFile(address, pagePath);
		if (!page) throw new Error(`la page du paquet SCORM de « ${module.id} » (${pagePath}) n’est pas dans le site construit ; relancez « npm run build ».`);
		const built = standalonePage(readFileSync(page, 'utf8'), { ...address, pagePath, site: site.site, script, policy });
		const manifest = scormManifest(module, { organisation: graph.organisation, hasQuizzes: scormQuizCount(graph, module) > 0 });
		const archive = zipPackage(
			new Map([
				['imsmanifest.xml', new TextEncoder().encode(manifest)],
				[SCO_FILE, new TextEncoder().encode(built.html)],
				...schemas,
			]),
			module.data.updated,
		);
		const output = scormPackagePath(module.id);
		const file = join(site.outDir, output);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, archive);
		return {
			output,
			file,
			bytes: archive.byteLength,
			fonts: { kept: built.fonts.kept.length, dropped: built.fonts.dropped.length },
			warnings: missingWarnings(built.missing),
		};
	});
}
