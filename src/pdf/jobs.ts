// Which PDFs a built site gets: the catalogue, one sheet per module, the persona cards, the kit and
// each deck, as far as their print routes exist in the build (a fork may have dropped a part).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentGraph, ModuleEntry } from '../model/graph.ts';
import { moduleLabel } from '../site/labels.ts';
import {
	CATALOGUE_PDF_PATH,
	CATALOGUE_PRINT_PATH,
	customCataloguePdfPath,
	deckPdfPath,
	deckPrintPath,
	KIT_PDF_PATH,
	KIT_PRINT_PATH,
	modulePdfPath,
	modulePrintPath,
	PERSONAS_PDF_PATH,
	PERSONAS_PRINT_PATH,
	trainerSheetPdfPath,
	trainerSheetPrintPath,
} from '../print/routes.ts';
import { trainerSheetModules } from '../site/trainer-sheets.ts';
import type { CustomCatalogue } from './selection.ts';
import type { PrintRequest } from './print-document.ts';

export interface PrintJob extends Omit<PrintRequest, 'url' | 'site'> {
	/** Site path of the page to print (without base). */
	route: string;
	/** Site path of the PDF to write (without base), under the output folder. */
	output: string;
	title: string;
	/** A text the PDF must contain: proof that its text can be extracted. */
	expectText: string;
	/** The document has a table of contents whose page numbers the printer fills. */
	expectToc?: boolean;
}

/** The folder of a built route in the output folder: "/decks/a/?print-pdf" → "<outDir>/decks/a/index.html". */
export function builtPage(outDir: string, route: string): string {
	return join(outDir, route.replace(/\?.*$/, ''), 'index.html');
}

/** A sheet fits on two A4 pages; its running order may take a third. */
export function sheetPages(module: ModuleEntry): number {
	return module.data.sequence.length > 0 ? 3 : 2;
}

export function allJobs(graph: ContentGraph, outDir: string): PrintJob[] {
	const publisher = graph.organisation?.name ?? 'Catalogue de formation';
	const jobs: PrintJob[] = [];
	const exists = (route: string) => existsSync(builtPage(outDir, route));
	if (exists(CATALOGUE_PRINT_PATH)) {
		jobs.push({ route: CATALOGUE_PRINT_PATH, output: CATALOGUE_PDF_PATH, title: `${publisher} — catalogue de formation`, expectText: 'Sommaire', expectToc: true });
	}
	for (const module of graph.modulesInCatalogueOrder()) {
		const route = modulePrintPath(module.id);
		if (!exists(route)) continue;
		jobs.push({ route, output: modulePdfPath(module.id), title: moduleLabel(module), expectText: module.data.version, maxPages: sheetPages(module) });
	}
	for (const module of trainerSheetModules(graph)) {
		const route = trainerSheetPrintPath(module.id);
		if (!exists(route)) continue;
		jobs.push({ route, output: trainerSheetPdfPath(module.id), title: `Fiche de l’animateur·rice — ${moduleLabel(module)}`, expectText: 'Document de l’animateur·rice' });
	}
	if (graph.byCollection.personas.size > 0 && exists(PERSONAS_PRINT_PATH)) {
		jobs.push({ route: PERSONAS_PRINT_PATH, output: PERSONAS_PDF_PATH, title: 'Cartes personas', expectText: 'Sommaire', expectToc: true });
	}
	if (graph.byCollection.kit.size > 0 && exists(KIT_PRINT_PATH)) {
		jobs.push({ route: KIT_PRINT_PATH, output: KIT_PDF_PATH, title: 'Le kit réseau', expectText: 'Sommaire', expectToc: true });
	}
	for (const deck of graph.byCollection.decks.values()) {
		const route = deckPrintPath(deck.id);
		if (!exists(route)) continue;
		jobs.push({ route, output: deckPdfPath(deck.id), title: deck.data.title, expectText: '', deck: true });
	}
	return jobs;
}

export function customCatalogueJob(graph: ContentGraph, custom: CustomCatalogue): PrintJob {
	const publisher = graph.organisation?.name ?? 'Catalogue de formation';
	return {
		route: CATALOGUE_PRINT_PATH,
		output: customCataloguePdfPath(custom.slug),
		title: `${publisher} — ${custom.selection.label}`,
		expectText: 'Sommaire',
		expectToc: true,
		selection: custom.selection,
	};
}
