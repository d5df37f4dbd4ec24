// A fork that changed only content/ and organisation.yaml: its site carries its name, its legal
// details, and credits the commons it adapted, on the sheet, the history page and the credits page.
// The fixture site is such a fork: its organisation.yaml names an upstream, proteger-gers adapts one
// of its modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteGraph, useBuiltSite } from '../../helpers/sites.ts';

const site = useBuiltSite('fixture');
const organisation = siteGraph('fixture').organisation!;

/** The words a reader sees on a built page, tags removed and spaces collapsed. */
function textOf(page: string): string {
	const html = readFileSync(join(site().outDir, page, 'index.html'), 'utf8');
	return html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, '’')
		.replace(/\s+/g, ' ');
}

function htmlOf(page: string): string {
	return readFileSync(join(site().outDir, page, 'index.html'), 'utf8');
}

describe('the site of a fork', () => {
	it('is titled with the fork’s name', () => {
		expect(/<title>([^<]*)<\/title>/.exec(htmlOf(''))?.[1]).toContain(organisation.name);
	});

	it('says on a derived sheet what it was adapted from, in which version, by whom, and that it was modified', () => {
		const text = textOf('modules/proteger-gers');
		expect(text).toContain('Adapté de Commun de formation (« securite-donnees »)');
		expect(text).toContain(', version 1.0.0, par Alix Autrice, sous licence CC BY-SA 4.0');
		expect(text).toMatch(/Modifié oui/);
		expect(text).toContain('Camille Adaptatrice (Les Coteaux)');
		expect(text).toContain('Dominique Relectrice');
		expect(htmlOf('modules/proteger-gers')).toContain('href="https://commun.example/modules/securite-donnees/"');
		expect(textOf('modules/outils')).not.toContain('Modifié');
	});

	it('retraces a module’s versions, newest first, on its history page linked from the sheet', () => {
		expect(htmlOf('modules/proteger-gers')).toContain('href="/modules/proteger-gers/historique/"');
		const text = textOf('modules/proteger-gers/historique');
		const newest = text.indexOf('Version 1.1.0');
		expect(newest).toBeGreaterThan(-1);
		expect(text.indexOf('Version 1.0.0')).toBeGreaterThan(newest);
		expect(text).toContain('Exemples pris dans le Gers');
	});

	it('generates a credits page with the publisher’s legal details, the people and the sources', () => {
		const text = textOf('credits');
		expect(text).toContain('Association Atelier Fixture, SIRET 000 000 000 00000');
		expect(text).toContain('enregistrée sous le numéro 00 00 00000 00 auprès du préfet de région Occitanie');
		expect(text).toContain('Camille Adaptatrice (Les Coteaux)');
		expect(text).toContain('Dominique Relectrice');
		expect(text).toContain('Situation de handicap La personne référente handicap répond au même courriel.');
		expect(text.slice(text.indexOf('Les sources adaptées'))).toContain('Commun de formation');
		// Each credit line is written once, above the contents it credits.
		const line = text.indexOf('Rédaction : Camille Adaptatrice (Les Coteaux)');
		expect(line).toBeGreaterThan(-1);
		expect(text.slice(line, line + 200)).toContain('Protéger les données, version du Gers');
	});
});
