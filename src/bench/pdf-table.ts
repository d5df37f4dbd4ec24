// The PDF benchmark's table: each document's time, pages, size and table-of-contents passes.
import type { PdfResult } from '../pdf/run.ts';
import { seconds, table } from './table.ts';

export function pdfTable(results: readonly PdfResult[]): string {
	const kilobytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
	return table(
		['document', 'pages', 'taille', 'temps', 'sommaire'],
		results.map((result) => [
			result.output.slice(1),
			String(result.pages),
			`${kilobytes.format(result.bytes / 1024)} Ko`,
			seconds(result.ms),
			result.toc ? `${result.toc.passes} impressions, ${Object.keys(result.toc.pages).length} numéros, ${result.toc.wrong.length} faux` : '',
		]),
	);
}
