// Writing imported places into content/repertoire/, one YAML file per place.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collections } from '../model/collections.ts';
import { selectContentFiles } from '../model/files.ts';
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

/** Writes each place into its file of `folder` (the directory's folder under a content root). */
export function writePlaces(folder: string, places: ImportedPlace[]): WriteReport {
	mkdirSync(folder, { recursive: true });
	const report: WriteReport = { created: [], updated: [], unchanged: [], notInTable: [] };
	// The places the site would load: the model's file selection decides, not a listing of our own.
	const existing = selectContentFiles(dirname(folder), '.').files.filter((file) => file.collection === 'repertoire');
	const imported = new Set(places.map((place) => place.id));
	for (const place of places) {
		const path = existing.find((file) => file.id === place.id)?.absolute ?? join(folder, `${place.id}.yaml`);
		const text = placeToYaml(place.data);
		if (!existsSync(path)) report.created.push(place.id);
		else if (readFileSync(path, 'utf8') === text) {
			report.unchanged.push(place.id);
			continue;
		} else report.updated.push(place.id);
		writeFileSync(path, text);
	}
	report.notInTable = existing.map((file) => file.id).filter((id) => !imported.has(id)).sort();
	return report;
}
