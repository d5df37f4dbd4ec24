// French typography in every page of the built commons, print pages and decks included: the text a
// reader sees, read back with a spec-conformant parser (parse5), apart from code, scripts and styles.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/files/walk.ts';
import { useBuiltSite } from '../../helpers/sites.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

const site = useBuiltSite('commons');

/** Text that is code, a script or a style, or a form field's value: not prose. */
const NOT_PROSE = new Set(['code', 'kbd', 'samp', 'pre', 'var', 'script', 'style', 'textarea', 'template', 'noscript']);

interface PageText {
	page: string;
	/** Each run of text between two tags, in document order, and whether a link follows or precedes it. */
	runs: { text: string; beforeLink: boolean; afterLink: boolean }[];
}

function proseRuns(document: DefaultTreeAdapterTypes.Document): PageText['runs'] {
	const runs: PageText['runs'] = [];
	const stack: Node[] = [document];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if ('tagName' in node && NOT_PROSE.has(node.tagName)) continue;
		if (!('childNodes' in node)) continue;
		const children = node.childNodes;
		children.forEach((child, index) => {
			if (child.nodeName !== '#text') return;
			const isLink = (sibling: DefaultTreeAdapterTypes.ChildNode | undefined) => sibling !== undefined && 'tagName' in sibling && sibling.tagName === 'a';
			runs.push({ text: (child as DefaultTreeAdapterTypes.TextNode).value, beforeLink: isLink(children[index + 1]), afterLink: isLink(children[index - 1]) });
		});
		for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
	}
	return runs;
}

let pages: PageText[] = [];

beforeAll(() => {
	const { outDir } = site();
	pages = filesUnder(outDir, ['.html']).map((file) => ({ page: relative(outDir, file), runs: proseRuns(parse(readFileSync(file, 'utf8'))) }));
});

/** Each place where `pattern` matches a run of text, with its page and some context. */
function findAll(pattern: RegExp, keep: (run: PageText['runs'][number]) => boolean = () => true): string[] {
	const found: string[] = [];
	for (const { page, runs } of pages) {
		for (const run of runs) {
			if (!keep(run)) continue;
			for (const match of run.text.matchAll(pattern)) found.push(`${page} : « ${run.text.slice(Math.max(0, match.index - 30), match.index + 10).trim()} »`);
		}
	}
	return found;
}

describe('French typography of the built commons', () => {
	it('reads every page, print pages and decks too', () => {
		expect(pages.length).toBeGreaterThan(100);
		expect(pages.some(({ page }) => page.startsWith('print/'))).toBe(true);
		expect(pages.some(({ page }) => page.startsWith('decks/'))).toBe(true);
	});

	it('has no breaking space before « ; : ? ! » nor inside guillemets, outside code', () => {
		expect(findAll(/[ \t\n\r]+[;:?!]/g)).toEqual([]);
		expect(findAll(/«[ \t\n\r]|[ \t\n\r]»/g)).toEqual([]);
	});

	it('puts a narrow no-break space before « ? » and inside guillemets, a no-break space before « : »', () => {
		expect(findAll(/\u202F\?/g).length).toBeGreaterThan(10);
		expect(findAll(/«\u202F/g).length).toBeGreaterThan(10);
		expect(findAll(/\u00A0:/g).length).toBeGreaterThan(10);
	});

	it('glues no word to a link', () => {
		expect(findAll(/[\p{L}\p{N}]$/gu, (run) => run.beforeLink)).toEqual([]);
		expect(findAll(/^[\p{L}\p{N}]/gu, (run) => run.afterLink)).toEqual([]);
	});
});
