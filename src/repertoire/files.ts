// Writing imported places into content/repertoire/, one YAML file per place.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections, idFromPath } from '../model/collections.ts';
import { placeToYaml, type ImportedPlace } from './csv.ts';

export interface WriteReport {
	created: string[];
	updated: string[];
	unchanged: string[];
	/** Places that have a file but no line in the table: kept as they are. */
	notInTable: string[];
}

export function directoryFolder(root: string, contentDir: string): string {
	return join(root, contentDir, collections.repertoire.folder);
}

export function writePlaces(folder: string, places: ImportedPlace[]): WriteReport {
	mkdirSync(folder, { recursive: true });
	const report: WriteReport = { created: [], updated: [], unchanged: [], notInTable: [] };
	const existing = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_') && !name.startsWith('.'));
	const imported = new Set(places.map((place) => place.id));
	for (const place of places) {
		const yml = existing.find((name) => idFromPath(name) === place.id) ?? `${place.id}.yaml`;
		const path = join(folder, yml);
		const text = placeToYaml(place.data);
		if (!existsSync(path)) report.created.push(place.id);
		else if (readFileSync(path, 'utf8') === text) {
			report.unchanged.push(place.id);
			continue;
		} else report.updated.push(place.id);
		writeFileSync(path, text);
	}
	report.notInTable = existing.map(idFromPath).filter((id) => !imported.has(id)).sort();
	return report;
}
