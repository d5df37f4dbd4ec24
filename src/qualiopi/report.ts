// `npm run qualiopi`: for each module of the catalogue, each of the nine items of indicator 1 —
// given by the module, by the organisation (organisation.yaml › training), or missing — as a table
// for the terminal, JSON or CSV. Computed by the model (qualiopiRows); nothing here decides.
import { stringify } from 'csv-stringify/sync';
import type { ContentGraph } from '../model/graph.ts';
import { QUALIOPI_ITEMS, qualiopiRows, type ItemStatus, type QualiopiItemId } from '../model/training-info.ts';
import { protectCell } from '../repertoire/csv.ts';

export interface ModuleReport {
	id: string;
	number: string;
	title: string;
	file: string;
	items: Record<QualiopiItemId, ItemStatus>;
	missing: QualiopiItemId[];
}

export interface QualiopiReport {
	/** Whether organisation.yaml says the organisation is certified (a missing item is then an error). */
	certified: boolean;
	modules: ModuleReport[];
}

export function qualiopiReport(graph: ContentGraph): QualiopiReport {
	return {
		certified: graph.organisation?.qualiopi !== undefined,
		modules: graph.modulesInCatalogueOrder().map((module) => {
			const rows = qualiopiRows(module.data, graph.organisation);
			return {
				id: module.id,
				number: module.data.number,
				title: module.data.title,
				file: module.file,
				items: Object.fromEntries(rows.map((row) => [row.item.id, row.status])) as Record<QualiopiItemId, ItemStatus>,
				missing: rows.filter((row) => row.status === 'missing').map((row) => row.item.id),
			};
		}),
	};
}

export function hasMissing(report: QualiopiReport): boolean {
	return report.modules.some((module) => module.missing.length > 0);
}

export const STATUS_LABELS: Record<ItemStatus, string> = { module: 'fiche', organisation: 'organisation', missing: 'MANQUE' };

/** Short column titles for the terminal: the table must fit a screen. */
const SHORT: Record<QualiopiItemId, string> = {
	prerequisites: 'Prérequis',
	objectives: 'Objectifs',
	duration: 'Durée',
	access: 'Accès',
	price: 'Tarifs',
	contacts: 'Contacts',
	methods: 'Méthodes',
	evaluation: 'Évaluation',
	accessibility: 'Handicap',
};

export function formatQualiopiText(report: QualiopiReport): string {
	const header = ['Module', ...QUALIOPI_ITEMS.map((item) => SHORT[item.id])];
	const lines = report.modules.map((module) => [module.number, ...QUALIOPI_ITEMS.map((item) => STATUS_LABELS[module.items[item.id]])]);
	const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
	const row = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
	const incomplete = report.modules.filter((module) => module.missing.length > 0);
	const legend = [
		'Indicateur 1 de Qualiopi : les neuf informations de chaque module.',
		'« fiche » : donnée par la fiche du module ; « organisation » : reprise de organisation.yaml (training) ; « MANQUE » : à remplir.',
	];
	const summary =
		report.modules.length === 0
			? 'Aucun module dans le catalogue.'
			: incomplete.length === 0
				? report.modules.length === 1
					? 'Le module publie les neuf informations.'
					: `Les ${report.modules.length} modules publient les neuf informations.`
				: `${incomplete.length} module${incomplete.length > 1 ? 's' : ''} sur ${report.modules.length} ${incomplete.length > 1 ? 'n’ont' : 'n’a'} pas les neuf informations : ${incomplete
						.map((module) => `${module.id} (${module.missing.map((id) => SHORT[id].toLowerCase()).join(', ')})`)
						.join(' ; ')}.`;
	return [
		...legend,
		'',
		row(header),
		row(widths.map((width) => '-'.repeat(width))),
		...lines.map(row),
		'',
		summary,
		...(incomplete.length > 0 && report.certified ? ['organisation.yaml indique une certification Qualiopi : ces informations sont obligatoires.'] : []),
	].join('\n');
}

export function formatQualiopiJson(report: QualiopiReport): string {
	return JSON.stringify(
		{
			certified: report.certified,
			items: QUALIOPI_ITEMS.map((item) => ({ id: item.id, heading: item.heading })),
			modules: report.modules,
		},
		null,
		2,
	);
}

/** One line per module, one column per item; cells a spreadsheet would run as formulas are written as text. */
export function formatQualiopiCsv(report: QualiopiReport): string {
	const header = ['identifiant', 'numero', 'titre', ...QUALIOPI_ITEMS.map((item) => item.heading)];
	const lines = report.modules.map((module) => [
		module.id,
		module.number,
		protectCell(module.title),
		...QUALIOPI_ITEMS.map((item) => STATUS_LABELS[module.items[item.id]]),
	]);
	return stringify([header, ...lines], { bom: true, record_delimiter: '\n' });
}

export const QUALIOPI_FORMATS = { text: formatQualiopiText, json: formatQualiopiJson, csv: formatQualiopiCsv } as const;
export type QualiopiFormat = keyof typeof QUALIOPI_FORMATS;

export function isQualiopiFormat(value: string): value is QualiopiFormat {
	return Object.hasOwn(QUALIOPI_FORMATS, value);
}

