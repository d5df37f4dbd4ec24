// Reference directives rendered as links, with the words of the content or those the writer chose.
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownFeatures } from '../../../src/markdown/features.ts';
import { referenceLinks, type ReferenceResolver } from '../../../src/markdown/reference-links.ts';

const FOLDERS: Record<string, string> = { term: 'glossaire', module: 'modules' };
const resolve: ReferenceResolver = (directive, id) =>
	!FOLDERS[directive] ? 'not-a-reference' : id === 'absent' ? undefined : { href: `/${FOLDERS[directive]}/${id}/`, label: `Titre de ${id}` };
const render = (markdown: string) => (markdownToHtml(markdown, { features: markdownFeatures, mdastPlugins: [referenceLinks(resolve)] }) as { html: string }).html;

describe('reference links', () => {
	it('show the title of what they name, and lead to its page', () => {
		expect(render('Voir :term[mandat].')).toBe('<p>Voir <a href="/glossaire/mandat/" class="cf-ref cf-ref--term">Titre de mandat</a>.</p>\n');
	});

	it('take the words given in « texte », so a term fits its sentence', () => {
		expect(render('Signer :term[mandat]{texte="un mandat"} avant.')).toContain('<a href="/glossaire/mandat/" class="cf-ref cf-ref--term">un mandat</a>');
		expect(render('Voir :module[caf]{texte="  "}.')).toContain('>Titre de caf</a>');
	});

	it('leave an unknown id as plain text for the check step to report', () => {
		expect(render('Voir :term[absent].')).toBe('<p>Voir absent.</p>\n');
	});
});
