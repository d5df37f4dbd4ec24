// A title is text wherever it lands: in <title>, in a print page's <style>, in an attribute, in a
// JSON script. Every text field of the fixture site (publisher, sections, modules, personas, the
// learning paths, catalogue pages, decks, the kit…) gets markup that would break out of each of
// those contexts (tests/helpers/hostile-content.ts); the built pages must hold it as text, with no
// element or script of its own. The same build is published under /catalogue/ (base-path.test.ts).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/files/walk.ts';
import { PAYLOAD } from '../../helpers/hostile-content.ts';
import { packageFiles, validateManifest } from '../../helpers/scorm.ts';
import { xmlText } from '../../../src/security/escape.ts';
import { expectAstroToHoldTheModel } from '../../helpers/same-ids.ts';
import { siteGraph, useBuiltSite } from '../../helpers/sites.ts';

type Element = DefaultTreeAdapterTypes.Element;

function elementsOf(node: DefaultTreeAdapterTypes.ParentNode, found: Element[] = []): Element[] {
	for (const child of node.childNodes) {
		if ('tagName' in child) {
			found.push(child);
			elementsOf(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child, found);
		}
	}
	return found;
}

const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const site = useBuiltSite('hostile');
let pages: { path: string; elements: Element[] }[];

beforeAll(() => {
	const { outDir } = site();
	pages = filesUnder(outDir, ['.html']).map((file) => ({ path: relative(outDir, file), elements: elementsOf(parse(readFileSync(file, 'utf8'))) }));
});

describe('markup in every text field of the content', () => {
	it('is built from exactly the entries the model loaded, collection by collection', () => {
		expectAstroToHoldTheModel(siteGraph('hostile'), site().outDir);
	});

	it('reaches the pages as text: titles, print styles, attributes', () => {
		const modulePage = pages.find((page) => page.path === 'modules/accueil/index.html');
		expect(textOf(modulePage!.elements.find((element) => element.tagName === 'title')!)).toContain(PAYLOAD);
		const catalogue = pages.find((page) => page.path === 'print/catalogue/index.html');
		const styles = catalogue!.elements.filter((element) => element.tagName === 'style').map(textOf).join('\n');
		expect(styles).toContain('pwned()');
		const deck = pages.find((page) => page.path === 'decks/court/index.html');
		expect(textOf(deck!.elements.find((element) => element.tagName === 'title')!)).toContain(PAYLOAD);
		// The deck's single file, made from its page, holds the same text and runs only the generator's script.
		const singleFile = pages.find((page) => page.path === 'decks/court.html');
		expect(textOf(singleFile!.elements.find((element) => element.tagName === 'title')!)).toContain(PAYLOAD);
		expect(singleFile!.elements.filter((element) => element.tagName === 'script')).toHaveLength(1);
	});

	it('reaches the SCORM manifests as text, which stay valid against the SCORM 1.2 schemas', () => {
		const manifests = filesUnder(join(site().outDir, 'scorm'), ['.zip']).map((file) => new TextDecoder().decode(packageFiles(file).get('imsmanifest.xml')));
		expect(manifests.length).toBeGreaterThan(0);
		for (const manifest of manifests) {
			expect(manifest).toContain(xmlText(PAYLOAD));
			expect(validateManifest(manifest).valid).toBe(true);
		}
	});

	it('adds no element and no script to any page', () => {
		expect(pages.length).toBeGreaterThan(20);
		const escaped: string[] = [];
		for (const { path, elements } of pages) {
			for (const element of elements) {
				const type = element.attrs.find((attribute) => attribute.name === 'type')?.value.trim().toLowerCase() ?? '';
				if (element.attrs.some((attribute) => attribute.name === 'data-pwned')) escaped.push(`${path}: <${element.tagName} data-pwned>`);
				if (element.tagName === 'script' && EXECUTABLE.has(type) && textOf(element).includes('pwned')) escaped.push(`${path}: <script>pwned()`);
				// JSON data scripts still parse: the payload did not end them early.
				if (element.tagName === 'script' && type === 'application/json') expect(() => JSON.parse(textOf(element)), path).not.toThrow();
			}
		}
		expect(escaped).toEqual([]);
	});
});
