// The report formats of the check step, by the name given to --format.
import type { ContentMessage } from '../model/diagnostics.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatText } from './text.ts';

export const reportFormats = {
	text: formatText,
	json: formatJson,
	github: formatGithub,
} as const satisfies Record<string, (messages: readonly ContentMessage[]) => string>;

export type ReportFormat = keyof typeof reportFormats;

export function isReportFormat(name: string): name is ReportFormat {
	return Object.hasOwn(reportFormats, name);
}
