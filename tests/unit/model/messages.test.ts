// The schema messages a newcomer meets first, in the words they should read.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/model/load.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';

function messagesFor(fields: Record<string, string>) {
	const content = loadContent({ root: writeContentTree({ 'modules/a.mdx': moduleMdx(fields) }), contentDir: 'content' });
	return content.messages.map((message) => ({ at: `${message.line}:${message.column}`, reason: message.reason, hint: message.hint }));
}

describe('schema messages for newcomers', () => {
	it('explains a colon inside a list item and how to quote it, as for a title', () => {
		expect(messagesFor({ objectives: '\n  - Exercice : mises en situation' })).toEqual([
			{
				at: '7:5',
				reason: '« objectives » (élément 1) : un texte est attendu, mais le « : » suivi d’une espace en a fait un champ « Exercice »',
				hint: 'mettez le texte entre guillemets : - "Exercice : mises en situation"',
			},
		]);
	});

	it('says a date does not exist rather than that its format is wrong', () => {
		expect(messagesFor({ updated: '2026-02-30' })).toEqual([
			{
				at: '9:10',
				reason: '« updated » : date impossible « 2026-02-30 » : ce jour n’existe pas dans le calendrier',
				hint: 'vérifiez le mois (de 01 à 12) et le jour (le 30 février, le 31 avril… n’existent pas)',
			},
		]);
		expect(messagesFor({ updated: '2026-2-3' })[0]!.reason).toContain('le format attendu est AAAA-MM-JJ');
	});

	it('agrees « attendu » and « trouvé » with what they name', () => {
		expect(messagesFor({ keywords: '~' })[0]!.reason).toBe('« keywords » : une liste est attendue, une valeur vide trouvée');
		expect(messagesFor({ title: '[Un, titre]' })[0]!.reason).toBe('« title » : un texte est attendu, une liste trouvée');
	});

	it('names a section of CONTRIBUTING.md that exists when a field has no example', () => {
		expect(messagesFor({ methods: '3' })[0]!.hint).toBe(
			'la forme de chaque champ est décrite dans CONTRIBUTING.md, rubrique « Les champs d’un module »',
		);
	});

	it('leads a field named in French to its English name, and lists the fields for any other unknown name', () => {
		expect(messagesFor({ 'mots-cles': '[CAF]' })[0]!.hint).toBe('vouliez-vous dire « keywords » (mots-clés) ? les noms des champs s’écrivent en anglais');
		expect(messagesFor({ publics: 'Agent·e·s d’accueil' })[0]!.hint).toContain('vouliez-vous dire « audience » (publics visés)');
		expect(messagesFor({ couleur: 'rouge' })[0]!.hint).toMatch(/^champs possibles ici : title, shortTitle/);
	});
});
