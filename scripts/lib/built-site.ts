// For the benchmarks: the site built in outDir (built first, without PDFs, when it is not there),
// with the record of how it was built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBuildRecord, type BuildRecord } from '../../src/build/record.ts';

/** `marker`: a file, relative to outDir, that a finished build has. */
export function builtSite(outDir: string, marker: string): BuildRecord {
	if (!existsSync(join(outDir, marker))) {
		console.log('Construction du site (sans les PDF)…');
		const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], { stdio: 'inherit', env: { ...process.env, COMMUN_SKIP_PDF: '1' } });
		if (build.status !== 0) process.exit(1);
	}
	const record = readBuildRecord(outDir);
	if ('error' in record) {
		console.error(`Erreur : ${record.error}`);
		process.exit(1);
	}
	return record;
}
