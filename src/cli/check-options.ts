// The options of `npm run check`, parsed with French messages. Adding one is a line in OPTIONS,
// a line of usage, and a field of CheckCommand.
import { parseArgs } from 'node:util';
import { explainArgsError } from './args.ts';
import { isReportFormat, reportFormats, type ReportFormat } from '../report/index.ts';

export interface CheckCommand {
	strict: boolean;
	format: ReportFormat;
	/** Content folder relative to the project root; the loader's default when absent. */
	content?: string;
	/** Git revision: content changed since it must have a new version and a changelog entry. */
	since?: string;
	list: boolean;
	help: boolean;
}

const OPTIONS = {
	strict: { type: 'boolean', default: false },
	format: { type: 'string', default: 'text' },
	content: { type: 'string' },
	since: { type: 'string' },
	list: { type: 'boolean', default: false },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

export const CHECK_USAGE = `Utilisation : npm run check -- [options]

  --strict             les avertissements comptent comme des erreurs
  --format <format>    ${Object.keys(reportFormats).join(', ')} : texte (par défaut), JSON, ou annotations GitHub Actions
  --content <dossier>  dossier du contenu (par défaut : content, ou la variable COMMUN_CONTENT_DIR)
  --since <révision>   signale chaque contenu modifié depuis cette révision git (branche, étiquette,
                       commit) sans nouvelle version ni élément de journal, par exemple --since origin/main
  --list               liste les codes des problèmes et ce que chacun vérifie
  --help               affiche cette aide

Code de sortie : 0 sans erreur, 1 s’il y a des erreurs, 2 si la commande est mal écrite.`;

export function parseCheckArgs(argv: readonly string[]): { command: CheckCommand } | { error: string } {
	let values;
	try {
		({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
	} catch (error) {
		return { error: explainArgsError(error) };
	}
	if (!isReportFormat(values.format)) {
		return { error: `format inconnu « ${values.format} » : choisissez ${Object.keys(reportFormats).join(', ')}` };
	}
	return {
		command: {
			strict: values.strict,
			format: values.format,
			content: values.content,
			since: values.since,
			list: values.list,
			help: values.help,
		},
	};
}
