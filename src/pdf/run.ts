// The PDF step: serve the built site on a local port, print every document with headless Chromium,
// make each file reproducible, check it has embedded fonts and extractable text, write it to dist/pdf/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchBrowser } from '../browser/launch.ts';
import { loadProject } from '../model/project.ts';
import { serveDirectory } from '../server/static-server.ts';
import { withBase } from '../site/urls.ts';
import { finalizePdf } from './finalize.ts';
import { inspectPdf, pageTexts, pdfLinks } from './inspect.ts';
import { allJobs, customCatalogueJob, type PrintJob } from './jobs.ts';
import { printDocument, type TocReport } from './print-document.ts';
import { sourceDate } from './source-date.ts';
import type { CustomCatalogue } from './selection.ts';
import type { ContentGraph } from '../model/graph.ts';

export interface PdfRunOptions {
	/** Project root (where content/ and .git are). */
	root: string;
	contentDir: string;
	/** The built site. */
	outDir: string;
	/** The site's base path, as given to Astro ("/" by default): from the build record. */
	base?: string;
	/** The site's public address the build used, if any: from the build record. */
	site?: string;
	/** Print only this custom catalogue instead of every document. */
	custom?: CustomCatalogue;
	env?: NodeJS.ProcessEnv;
	/** Where progress lines go. */
	log?: (line: string) => void;
}

export interface PdfResult {
	output: string;
	file: string;
	pages: number;
	bytes: number;
	ms: number;
	toc?: TocReport;
	scale: number;
	warnings: string[];
}

export class PdfError extends Error {
	override name = 'PdfError';
}

/** An address only the machine that printed can open: the local server the pages were printed from. */
const LOCAL_ADDRESS = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i;

/**
 * Refuses a PDF a reader could not use: no text, a font left out, the project's font missing, or a
 * link to the local print server (broken for every reader, and a new port in every build).
 */
export async function verifyPdf(pdf: Uint8Array, job: Pick<PrintJob, 'output' | 'expectText' | 'deck'>): Promise<string[]> {
	const problems: string[] = [];
	const { fonts } = await inspectPdf(pdf);
	const text = (await pageTexts(pdf)).join('\n');
	if (text.trim() === '') problems.push('aucun texte ne peut en être extrait');
	else if (job.expectText && !text.includes(job.expectText)) problems.push(`le texte « ${job.expectText} » n’y est pas`);
	const missing = fonts.filter((font) => !font.embedded).map((font) => font.name);
	if (missing.length > 0) problems.push(`polices non incorporées : ${missing.join(', ')}`);
	if (!job.deck && !fonts.some((font) => font.name.includes('Lexend'))) problems.push('la police Lexend du projet n’y est pas incorporée');
	const local = (await pdfLinks(pdf)).filter((link) => LOCAL_ADDRESS.test(link));
	if (local.length > 0) problems.push(`liens vers le serveur local d’impression : ${[...new Set(local)].join(', ')}`);
	return problems;
}

export function contentDates(graph: ContentGraph): string[] {
	return graph.entries.flatMap((entry) => {
		const updated = (entry.data as { updated?: unknown }).updated;
		return typeof updated === 'string' ? [updated] : [];
	});
}

export async function runPdf(options: PdfRunOptions): Promise<PdfResult[]> {
	const log = options.log ?? (() => {});
	const outDir = resolve(options.outDir);
	const base = options.base ?? '/';
	const { graph } = loadProject({ root: options.root, contentDir: options.contentDir });
	const jobs = options.custom ? [customCatalogueJob(graph, options.custom)] : allJobs(graph, outDir);
	if (jobs.length === 0) return [];
	const date = sourceDate(options.root, options.env, contentDates(graph));
	const publisher = graph.organisation?.name;

	const server = await serveDirectory(outDir, { base });
	const browser = await launchBrowser().catch(async (error: unknown) => {
		await server.close();
		throw error;
	});
	const results: PdfResult[] = [];
	try {
		const page = await browser.newPage();
		for (const job of jobs) {
			const start = performance.now();
			const printed = await printDocument(page, {
				...job,
				url: `${server.url}${withBase(job.route, base)}`,
				site: options.site,
			});
			const pdf = await finalizePdf(printed.pdf, { title: job.title, author: publisher, date, key: job.output, bookmarks: printed.bookmarks });
			const problems = await verifyPdf(pdf, job);
			if (job.expectToc && Object.keys(printed.toc?.pages ?? {}).length === 0) problems.push('le sommaire n’a reçu aucun numéro de page');
			if (printed.toc && printed.toc.wrong.length > 0) {
				problems.push(`sommaire faux pour : ${printed.toc.wrong.join(', ')} (après ${printed.toc.passes} impressions)`);
			}
			if (problems.length > 0) throw new PdfError(`${job.output.slice(1)} : ${problems.join(' ; ')}`);
			const file = join(outDir, job.output);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, pdf);
			const result: PdfResult = {
				output: job.output,
				file,
				pages: printed.pages,
				bytes: pdf.byteLength,
				ms: performance.now() - start,
				toc: printed.toc,
				scale: printed.scale,
				warnings: printed.warnings,
			};
			results.push(result);
			log(describe(result));
			for (const warning of printed.warnings) log(`  attention : ${warning}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return results;
}

export function describe(result: PdfResult): string {
	const size = result.bytes < 1024 * 1024 ? `${Math.round(result.bytes / 1024)} Ko` : `${(result.bytes / 1024 / 1024).toFixed(1)} Mo`;
	const toc = result.toc ? `, sommaire juste en ${result.toc.passes} impressions` : '';
	const scale = result.scale < 1 ? `, réduit à ${Math.round(result.scale * 100)} %` : '';
	return `${result.output.slice(1)} : ${result.pages} page${result.pages > 1 ? 's' : ''}, ${size}, ${(result.ms / 1000).toFixed(1)} s${toc}${scale}`;
}
