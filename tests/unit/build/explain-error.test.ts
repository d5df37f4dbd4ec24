// What a contributor reads when the build fails after the check passed: a place in their file and
// French words, never Astro's English stack trace.
import { describe, expect, it } from 'vitest';
import { explainBuildError } from '../../../src/build/explain-error.ts';
import { formatText } from '../../../src/report/text.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';
import { STACK_TRACE } from '../../helpers/cli.ts';


function project() {
	const root = writeContentTree({
		'modules/a.mdx': moduleMdx({}, 'Texte.\n\n![Le schéma](./images/absent.png)\n'),
		'modules/b.md': moduleMdx({ number: '"2"' }, 'Voir ![logo](images/logo.svg).\n'),
	});
	return { root, contentDir: 'content' };
}

describe('a failed build, explained', () => {
	it('points an unresolved image of an MDX file at the line where it is written, not at the compiled module', () => {
		const context = project();
		const error = Object.assign(new Error('Build failed with 1 error'), {
			errors: [
				{
					message: "\u001b[31m[UNRESOLVED_IMPORT] \u001b[0mCould not resolve './images/absent.png' in content/modules/a.mdx",
					loc: { file: `${context.root}/content/modules/a.mdx`, line: 24, column: 38 },
				},
			],
		});
		const [message] = explainBuildError(error, context);
		expect(`${message!.file}:${message!.line}:${message!.column}`).toBe('content/modules/a.mdx:14:14');
		expect(message!.reason).toBe('fichier introuvable « ./images/absent.png » : l’image ou le fichier que ce contenu cite n’existe pas');
		expect(message!.hint).toContain('./images/schema.png');
	});

	it('finds the file that cites an image when the error names none', () => {
		const context = project();
		const messages = explainBuildError({ errors: [{ message: 'Could not find requested image `images/logo.svg`. Does it exist?' }] }, context);
		expect(messages.map((message) => `${message.file}:${message.line}`)).toEqual(['content/modules/b.md:12']);
	});

	it('calls an error outside the content an internal one, and prints no stack trace', () => {
		const context = project();
		const error = new TypeError('Cannot read properties of undefined (reading "data")');
		error.stack = `TypeError: Cannot read properties of undefined\n    at render (/projet/src/components/ModuleSheet.astro:12:3)`;
		const text = formatText(explainBuildError(error, context));
		expect(text).toContain('erreur interne de la construction (Cannot read properties of undefined (reading "data"))');
		expect(text).toContain('ce n’est pas une erreur du contenu');
		expect(text).not.toMatch(STACK_TRACE);
	});
});
