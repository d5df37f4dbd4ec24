// A title is text wherever it lands: in <title>, in a print page's <style>, in an attribute, in a
// JSON script. Every text field of the print fixture (publisher, sections, modules, personas, the
// learning path, a catalogue page) and of a deck gets markup that would break out of each of
// those contexts; the built pages must hold it as text, with no element or script of its own.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { filesUnder } from '../../src/files/walk.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';

const PAYLOAD = `</title></style></script><script>pwned()</script>"><img data-pwned src=x>'><img data-pwned src=x>`;

/** Fields that hold free text, wherever they sit in a header. */
const TEXT_FIELDS = new Set(['title', 'summary', 'name', 'shortName', 'tagline', 'description', 'audience', 'objectives', 'keywords', 'city', 'situation', 'note']);

function poison(node: Node | null | undefined, key?: string): void {
	if (isMap(node)) for (const pair of node.items) poison(pair.value as Node, isScalar(pair.key) ? String(pair.key.value) : undefined);
	else if (isSeq(node)) for (const item of node.items) poison(item as Node, key);
	else if (isScalar(node) && typeof node.value === 'string' && key && TEXT_FIELDS.has(key)) node.value = `${node.value} ${PAYLOAD}`;
}

/** Rewrites a YAML file, or the header of a Markdown file, with the payload in every text field. */
function poisonFile(file: string): void {
	const text = readFileSync(file, 'utf8');
	const yamlFile = file.endsWith('.yaml');
	const [, header, body] = yamlFile ? [undefined, text, ''] : (/^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? []);
	if (header === undefined) return;
	const document = parseDocument(header);
	poison(document.contents as Node);
	writeFileSync(file, yamlFile ? String(document) : `---\n${String(document)}---\n${body}`);
}

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

let work: string;
let site: BuiltSite;
let pages: { path: string; elements: Element[] }[];

beforeAll(() => {
	mkdirSync(join(PROJECT_ROOT, 'tmp'), { recursive: true });
	work = mkdtempSync(join(PROJECT_ROOT, 'tmp', 'escaping-'));
	const content = join(work, 'content');
	cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/print'), content, { recursive: true });
	mkdirSync(join(content, 'decks'));
	const deck = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/sites/decks/decks/court.md'), 'utf8');
	writeFileSync(join(content, 'decks/court.md'), deck.replaceAll(':persona[tom]', ':persona[jeanne]'));
	for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
		if (/\.(ya?ml|mdx?)$/.test(file)) poisonFile(join(content, file));
	}
	site = buildSite(relative(PROJECT_ROOT, content));
	pages = site.status === 0
		? filesUnder(site.outDir, ['.html']).map((file) => ({
				path: relative(site.outDir, file),
				elements: elementsOf(parse(readFileSync(file, 'utf8'))),
			}))
		: [];
}, 600_000);

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
	if (site) rmSync(join(site.outDir, '..'), { recursive: true, force: true });
});

describe('markup in every text field of the content', () => {
	it('builds, and reaches the pages as text: titles, print styles, attributes', () => {
		expect(site.status, site.output.slice(-3000)).toBe(0);
		const modulePage = pages.find((page) => page.path === 'modules/accueil/index.html');
		expect(textOf(modulePage!.elements.find((element) => element.tagName === 'title')!)).toContain(PAYLOAD);
		const catalogue = pages.find((page) => page.path === 'print/catalogue/index.html');
		const styles = catalogue!.elements.filter((element) => element.tagName === 'style').map(textOf).join('\n');
		expect(styles).toContain('pwned()');
		const deck = pages.find((page) => page.path === 'decks/court/index.html');
		expect(textOf(deck!.elements.find((element) => element.tagName === 'title')!)).toContain(PAYLOAD);
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
