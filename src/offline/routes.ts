// Where the files that work away from the site are written: one file per deck, one SCORM package
// per module. Read by the pages that link to them, the step that writes them and the tests.

/** "/decks/cafe-numerique.html": the deck in one file, to present from a USB key. */
export function deckFilePath(id: string): string {
	return `/decks/${id}.html`;
}

/** "/scorm/securite-donnees/": the page of the module's SCORM package, as the site builds it. */
export function scormPagePath(id: string): string {
	return `/scorm/${id}/`;
}

/** "/scorm/securite-donnees.zip": the module's SCORM 1.2 package, for a learning platform. */
export function scormPackagePath(id: string): string {
	return `/scorm/${id}.zip`;
}
