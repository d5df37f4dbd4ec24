// The build record: what a build of dist/ used (public address, base path, whether its PDFs were
// printed), written beside the pages so that every tool reading dist/ afterwards (check:links, pdf,
// preview, bench:search) serves and checks the site exactly as it was built.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const BUILD_RECORD_FILE = 'commun-build.json';

const BuildRecordSchema = z.object({
	site: z.string().optional(),
	base: z.string().startsWith('/').endsWith('/'),
	pdf: z.boolean(),
});

export type BuildRecord = z.output<typeof BuildRecordSchema>;

export function writeBuildRecord(outDir: string, record: BuildRecord): void {
	writeFileSync(join(outDir, BUILD_RECORD_FILE), `${JSON.stringify(record, null, '\t')}\n`);
}

/** The record of the build in `outDir`, or a French sentence saying why there is none to read. */
export function readBuildRecord(outDir: string): BuildRecord | { error: string } {
	const file = join(outDir, BUILD_RECORD_FILE);
	if (!existsSync(outDir)) return { error: `le site construit « ${outDir} » est introuvable ; lancez d’abord « npm run build ».` };
	if (!existsSync(file)) {
		return { error: `« ${outDir} » n’a pas de fiche de construction (${BUILD_RECORD_FILE}) : il a été construit autrement ou par une version plus ancienne ; relancez « npm run build ».` };
	}
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return { error: `la fiche de construction « ${file} » est illisible ; relancez « npm run build ».` };
	}
	const parsed = BuildRecordSchema.safeParse(data);
	return parsed.success ? parsed.data : { error: `la fiche de construction « ${file} » est incomplète ; relancez « npm run build ».` };
}

/** The PDFs of the build in `outDir` are printed: the pages' links to them can be checked. */
export function recordPdfsPrinted(outDir: string): void {
	const record = readBuildRecord(outDir);
	if (!('error' in record)) writeBuildRecord(outDir, { ...record, pdf: true });
}
