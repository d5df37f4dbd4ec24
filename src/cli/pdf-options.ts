// The options of `npm run pdf`, parsed with French messages.
import { parseArgs } from 'node:util';
import { explainArgsError } from './args.ts';

export interface PdfCommand {
	/** The built site to print from and write into. */
	outDir: string;
	modules?: string[];
	parcours?: string;
	help: boolean;
}

const OPTIONS = {
	modules: { type: 'string' },
	parcours: { type: 'string' },
	outDir: { type: 'string', default: 'dist' },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

export const PDF_USAGE = `Utilisation : npm run pdf -- [options]

Sans option : imprime tous les PDF du site déjà construit (npm run build le fait aussi) dans dist/pdf/.

  --modules a,b,c      un catalogue réduit à ces modules : dist/pdf/catalogue-a-b-c.pdf
  --parcours <id>      un catalogue réduit aux modules de ce parcours : dist/pdf/catalogue-<id>.pdf
  --outDir <dossier>   le site construit (par défaut : dist)
  --help               affiche cette aide

Code de sortie : 0 si tout est imprimé, 1 si l’impression échoue, 2 si la commande est mal écrite.`;

export function parsePdfArgs(argv: readonly string[]): { command: PdfCommand } | { error: string } {
	let values;
	try {
		({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
	} catch (error) {
		return { error: explainArgsError(error) };
	}
	const modules = values.modules
		?.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	return { command: { outDir: values.outDir, modules, parcours: values.parcours, help: values.help } };
}
