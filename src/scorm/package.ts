// A SCORM package is a zip archive with imsmanifest.xml at its root. Written with fflate, with
// every entry dated like the module's version (not the build's clock): two builds of the same
// content give the same archive.
import { zipSync } from 'fflate';

/** The archive of `files` (path → bytes), entries in the given order, all dated `date` (YYYY-MM-DD). */
export function zipPackage(files: ReadonlyMap<string, Uint8Array>, date: string): Uint8Array {
	const [year, month, day] = date.split('-').map(Number);
	// Zip dates have no time zone: a local date gives the same bytes wherever the build runs.
	const mtime = new Date(year ?? 1980, (month ?? 1) - 1, day ?? 1, 12, 0, 0);
	return zipSync(Object.fromEntries([...files].map(([path, bytes]) => [path, [bytes, { mtime, level: 9 }]])));
}
