// Answers to a kit questionnaire: the columns they fill, their JSON and CSV files, and the counts of
// several files put together. Pure functions, run by the browser on the questionnaire and aggregation
// pages (nothing leaves the device) and by the tests.
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Question, Questionnaire } from '../model/schemas/questionnaire.ts';

/** What the browser needs of a questionnaire: its id and content, embedded in the page as JSON. */
export interface QuestionnaireData extends Questionnaire {
	id: string;
}

/** One column of the answers: a question, or one row of a grid, or the free "other" answer. */
export interface AnswerColumn {
	key: string;
	questionId: string;
	/** Human label: the question, or "question — row". */
	label: string;
	kind: 'choice' | 'free';
	/** The answers that can be counted, for choice columns. */
	options: string[];
	/** Several answers allowed (check boxes). */
	multiple: boolean;
}

/** Values by column key: one value, several, or none. */
export type Answers = Record<string, string[]>;

export const OTHER_SUFFIX = '-autre';
/** Separates several answers inside one CSV cell. */
export const MULTI_SEPARATOR = ' | ';

function columnsOf(question: Question): AnswerColumn[] {
	const base = { questionId: question.id, multiple: false };
	switch (question.kind) {
		case 'text':
		case 'paragraph':
			return [{ ...base, key: question.id, label: question.label, kind: 'free', options: [] }];
		case 'grid':
			return question.rows.map((row, index) => ({
				...base,
				key: `${question.id}.${index + 1}`,
				label: `${question.label} — ${row}`,
				kind: 'choice',
				options: question.options,
			}));
		default: {
			const columns: AnswerColumn[] = [
				{ ...base, key: question.id, label: question.label, kind: 'choice', options: question.options, multiple: question.kind === 'multiple' },
			];
			if (question.other)
				columns.push({ ...base, key: `${question.id}${OTHER_SUFFIX}`, label: `${question.label} — autre réponse`, kind: 'free', options: [] });
			return columns;
		}
	}
}

export function answerColumns(questionnaire: Questionnaire): AnswerColumn[] {
	return questionnaire.sections.flatMap((section) => section.questions.flatMap(columnsOf));
}

/** The JSON file a person downloads: which questionnaire, when, and the answers by column. */
export function answersToJson(questionnaire: QuestionnaireData, answers: Answers, exportedAt: Date): string {
	const values: Record<string, string | string[]> = {};
	for (const column of answerColumns(questionnaire)) {
		const given = (answers[column.key] ?? []).filter((value) => value.trim() !== '');
		if (given.length === 0) continue;
		values[column.key] = column.multiple ? given : given[0]!;
	}
	return `${JSON.stringify({ questionnaire: questionnaire.id, title: questionnaire.title, exportedAt: exportedAt.toISOString(), answers: values }, null, 2)}\n`;
}

/** The CSV file: a header of column keys (after "questionnaire") and one line of answers. */
export function answersToCsv(questionnaire: QuestionnaireData, answers: Answers): string {
	const columns = answerColumns(questionnaire);
	const header = ['questionnaire', ...columns.map((column) => column.key)];
	const row = [questionnaire.id, ...columns.map((column) => (answers[column.key] ?? []).filter((v) => v.trim() !== '').join(MULTI_SEPARATOR))];
	return stringify([header, row], { bom: false, record_delimiter: '\n' });
}

export interface ReadAnswers {
	questionnaire: string;
	/** One set of answers per response in the file (a CSV may hold several lines). */
	responses: Answers[];
}

/** Reads a downloaded answer file (JSON or CSV); throws an Error with a French message otherwise. */
export function readAnswerFile(name: string, text: string): ReadAnswers {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed.startsWith('{')) {
		let data: unknown;
		try {
			data = JSON.parse(trimmed);
		} catch {
			throw new Error(`« ${name} » n’est pas un fichier JSON lisible`);
		}
		const record = data as { questionnaire?: unknown; answers?: unknown };
		if (typeof record.questionnaire !== 'string' || typeof record.answers !== 'object' || record.answers === null)
			throw new Error(`« ${name} » n’est pas un fichier de réponses de ce site (champs « questionnaire » et « answers » attendus)`);
		const answers: Answers = {};
		for (const [key, value] of Object.entries(record.answers as Record<string, unknown>)) {
			answers[key] = (Array.isArray(value) ? value : [value]).map(String);
		}
		return { questionnaire: record.questionnaire, responses: [answers] };
	}
	let rows: string[][];
	try {
		rows = parse(trimmed, { relax_column_count: true, skip_empty_lines: true }) as string[][];
	} catch {
		throw new Error(`« ${name} » n’est ni un fichier JSON ni un fichier CSV lisible`);
	}
	const [header, ...lines] = rows;
	if (!header || header[0] !== 'questionnaire' || lines.length === 0)
		throw new Error(`« ${name} » n’est pas un fichier de réponses de ce site (la première colonne doit s’appeler « questionnaire »)`);
	const ids = new Set(lines.map((line) => line[0]));
	if (ids.size > 1) throw new Error(`« ${name} » mélange plusieurs questionnaires`);
	const responses = lines.map((line) => {
		const answers: Answers = {};
		header.slice(1).forEach((key, index) => {
			const cell = line[index + 1] ?? '';
			if (cell.trim() !== '') answers[key] = cell.split(MULTI_SEPARATOR).map((value) => value.trim());
		});
		return answers;
	});
	return { questionnaire: lines[0]![0]!, responses };
}

export interface ColumnCount {
	column: AnswerColumn;
	/** How many responses answered the column. */
	answered: number;
	/** For choice columns: count per option, in the questionnaire's order, then unexpected values. */
	counts: { option: string; count: number }[];
}

/** Counts the answers of several responses to one questionnaire, column by column. */
export function countAnswers(questionnaire: Questionnaire, responses: Answers[]): ColumnCount[] {
	return answerColumns(questionnaire).map((column) => {
		const counts = new Map(column.options.map((option) => [option, 0]));
		let answered = 0;
		for (const response of responses) {
			const values = (response[column.key] ?? []).filter((value) => value !== '');
			if (values.length === 0) continue;
			answered += 1;
			if (column.kind === 'choice') for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		return { column, answered, counts: [...counts].map(([option, count]) => ({ option, count })) };
	});
}
