// MDX syntax errors, said in French with the usual way out.

const MDX_ESCAPE_HINT =
	'en MDX, « < » et « { » ouvrent du code : pour les écrire tels quels, tapez \\< et \\{';

const PATTERNS: [RegExp, (match: RegExpExecArray) => { message: string; hint: string }][] = [
	[
		/^nesting deeper than (\d+) levels$/,
		(match) => ({
			message: `citations ou listes imbriquées sur plus de ${match[1]} niveaux : le fichier n’est pas lu`,
			hint: 'un texte de formation n’a besoin que de quelques niveaux : retirez les « > » ou l’indentation en trop',
		}),
	],
	[
		/^elements nested deeper than (\d+) levels$/,
		(match) => ({
			message: `balises imbriquées sur plus de ${match[1]} niveaux : le fichier n’est pas lu`,
			hint: 'un texte de formation n’a besoin que de quelques balises l’une dans l’autre : retirez celles en trop',
		}),
	],
	[
		// A tag opened inside a line of text belongs to that paragraph: its closing tag after a blank
		// line is, for MDX, another paragraph's.
		/Expected a closing tag for `<([^>]*)>`.* before the end of `paragraph`/,
		(match) => ({
			message: `la balise « <${match[1]}> » n’est pas refermée dans son paragraphe : ouverte dans une ligne de texte, elle doit l’être avant la ligne vide qui suit`,
			hint: `pour qu’elle entoure plusieurs paragraphes, écrivez « <${match[1]}> » seule sur sa ligne, et « </${match[1]}> » aussi ; sinon refermez-la avant la ligne vide, ou écrivez \\< si ce « < » fait partie du texte`,
		}),
	],
	[
		/Expected a closing tag for `<([^>]*)>`/,
		(match) => ({
			message: `la balise « <${match[1]}> » n’est jamais refermée`,
			hint: `ajoutez « </${match[1]}> », ou écrivez \\< si ce « < » fait partie du texte`,
		}),
	],
	[
		/Unexpected end of file in expression|expected a corresponding closing brace/,
		() => ({ message: 'une accolade « { » n’est jamais refermée', hint: MDX_ESCAPE_HINT }),
	],
	[
		/Unexpected closing tag `<\/([^>]*)>`|Unexpected closing slash/,
		(match) => ({
			message: `balise fermante « </${match[1] ?? ''}> » sans balise ouvrante`,
			hint: 'supprimez-la, ou ajoutez la balise ouvrante correspondante',
		}),
	],
	[
		/Unexpected character .* before name|Unexpected lazy line|Unexpected character/,
		() => ({ message: 'caractère inattendu dans une balise ou une expression MDX', hint: MDX_ESCAPE_HINT }),
	],
	[
		/Could not parse (import|export)/,
		() => ({
			message: 'ligne « import » ou « export » invalide',
			hint: 'le contenu n’a pas besoin d’import : retirez la ligne',
		}),
	],
];

export function explainMdxError(raw: string): { message: string; hint: string } {
	for (const [pattern, explain] of PATTERNS) {
		const match = pattern.exec(raw);
		if (match) return explain(match);
	}
	return { message: `syntaxe MDX invalide (${raw})`, hint: MDX_ESCAPE_HINT };
}
