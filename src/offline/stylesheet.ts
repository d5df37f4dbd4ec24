// A style sheet of the built site made to travel inside a page: every url() it names becomes a
// data: address, and the font faces whose characters the page never shows are dropped (the
// project's font comes in slices by alphabet: a French deck needs the Latin ones only).
import * as csstree from 'css-tree';

export interface StylesheetOptions {
	/** The data: address for a url() of the sheet, or undefined when the site has no such file. */
	embed(url: string): string | undefined;
	/** The characters the page shows (code points): a font face for none of them is dropped. */
	characters: ReadonlySet<number>;
}

export interface InlinedStylesheet {
	css: string;
	/** The font files kept, and those dropped, by their address in the sheet. */
	fonts: { kept: string[]; dropped: string[] };
	/** Addresses the site could not provide: left out of the page. */
	missing: string[];
}

/** "U+0000-00FF", "U+0131", "U+4??" → [first, last]. */
export function parseUnicodeRange(range: string): [number, number] | undefined {
	const value = range.trim().replace(/^u\+/i, '');
	const [from, to] = value.includes('-') ? value.split('-') : [value.replace(/\?/g, '0'), value.replace(/\?/g, 'F')];
	const first = Number.parseInt(from ?? '', 16);
	const last = Number.parseInt(to ?? '', 16);
	return Number.isNaN(first) || Number.isNaN(last) ? undefined : [first, last];
}

function coversAny(ranges: readonly [number, number][], characters: ReadonlySet<number>): boolean {
	for (const character of characters) {
		if (ranges.some(([first, last]) => character >= first && character <= last)) return true;
	}
	return false;
}

/** The unicode-range of a @font-face block; undefined when it has none (the face covers everything). */
function unicodeRanges(block: csstree.Block): [number, number][] | undefined {
	let ranges: [number, number][] | undefined;
	csstree.walk(block, {
		visit: 'Declaration',
		enter(declaration) {
			if (declaration.property.toLowerCase() !== 'unicode-range') return;
			ranges = [];
			csstree.walk(declaration.value, {
				visit: 'UnicodeRange',
				enter(node) {
					const range = parseUnicodeRange(node.value);
					if (range) ranges!.push(range);
				},
			});
		},
	});
	return ranges;
}

function urlsOf(node: csstree.CssNode): string[] {
	const urls: string[] = [];
	csstree.walk(node, { visit: 'Url', enter: (url) => void urls.push(url.value) });
	return urls;
}

/**
 * Keeps only the WOFF2 file of a face's `src` when it offers one: every browser that runs the
 * decks reads WOFF2, and a fallback file carried along would only weigh on the page.
 * Returns the addresses left out.
 */
function keepWoff2Only(block: csstree.Block): string[] {
	const dropped: string[] = [];
	csstree.walk(block, {
		visit: 'Declaration',
		enter(declaration) {
			if (declaration.property.toLowerCase() !== 'src' || declaration.value.type !== 'Value') return;
			const candidates: csstree.CssNode[][] = [[]];
			declaration.value.children.forEach((node) => {
				if (node.type === 'Operator' && node.value === ',') candidates.push([]);
				else candidates.at(-1)!.push(node);
			});
			const isWoff2 = (candidate: csstree.CssNode[]) =>
				candidate.some((node) => node.type === 'Function' && node.name.toLowerCase() === 'format' && /woff2/i.test(csstree.generate(node)));
			const chosen = candidates.find(isWoff2);
			if (!chosen || candidates.length === 1) return;
			for (const candidate of candidates) if (candidate !== chosen) for (const node of candidate) dropped.push(...urlsOf(node));
			declaration.value.children = new csstree.List<csstree.CssNode>().fromArray(chosen);
		},
	});
	return dropped;
}

export function inlineStylesheet(css: string, options: StylesheetOptions): InlinedStylesheet {
	const tree = csstree.parse(css);
	const fonts = { kept: [] as string[], dropped: [] as string[] };
	const missing: string[] = [];
	csstree.walk(tree, {
		visit: 'Atrule',
		enter(node, item, list) {
			if (node.name.toLowerCase() !== 'font-face' || !node.block) return;
			const ranges = unicodeRanges(node.block);
			if (ranges && !coversAny(ranges, options.characters)) {
				fonts.dropped.push(...urlsOf(node.block));
				list?.remove(item);
				return;
			}
			fonts.dropped.push(...keepWoff2Only(node.block));
			fonts.kept.push(...urlsOf(node.block));
		},
	});
	csstree.walk(tree, {
		visit: 'Url',
		enter(node) {
			const embedded = options.embed(node.value);
			if (embedded === undefined) {
				missing.push(node.value);
				// An address left as it is would make the page ask for it: none is better.
				node.value = 'data:,';
			} else node.value = embedded;
		},
	});
	return { css: csstree.generate(tree), fonts, missing };
}
