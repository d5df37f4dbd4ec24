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

/** The descriptors that make faces alternatives of one another: same family, weight, style, stretch. */
function faceKey(block: csstree.Block): string {
	const parts: string[] = [];
	csstree.walk(block, {
		visit: 'Declaration',
		enter(declaration) {
			const property = declaration.property.toLowerCase();
			if (['font-family', 'font-weight', 'font-style', 'font-stretch'].includes(property)) {
				parts.push(`${property}:${csstree.generate(declaration.value).replace(/["']/g, '').toLowerCase()}`);
			}
		},
	});
	return parts.sort().join(';');
}

interface Face {
	node: csstree.Atrule;
	block: csstree.Block;
	item: csstree.ListItem<csstree.CssNode>;
	list: csstree.List<csstree.CssNode>;
	/** Undefined: no unicode-range, the face covers every character. */
	ranges?: [number, number][];
}

/**
 * The faces a browser would use for the page's characters. Faces of one family, weight and style
 * whose ranges overlap are tried last declared first (CSS Fonts 4, § 4.5): each character goes to
 * the first of them that covers it, and a face that gets no character is never downloaded, so it
 * is not carried either (« œ » is in both the Latin and the Latin Extended slices of Lexend, and
 * only the Latin one, declared last, serves it).
 */
function usedFaces(faces: readonly Face[], characters: ReadonlySet<number>): Set<Face> {
	const used = new Set<Face>();
	const groups = Map.groupBy(faces, (face) => faceKey(face.block));
	for (const group of groups.values()) {
		for (const character of characters) {
			const face = [...group].reverse().find((candidate) => !candidate.ranges || coversAny(candidate.ranges, new Set([character])));
			if (face) used.add(face);
		}
	}
	return used;
}

export function inlineStylesheet(css: string, options: StylesheetOptions): InlinedStylesheet {
	const tree = csstree.parse(css);
	const fonts = { kept: [] as string[], dropped: [] as string[] };
	const missing: string[] = [];
	const faces: Face[] = [];
	csstree.walk(tree, {
		visit: 'Atrule',
		enter(node, item, list) {
			if (node.name.toLowerCase() !== 'font-face' || !node.block || !list) return;
			faces.push({ node, block: node.block, item, list, ranges: unicodeRanges(node.block) });
		},
	});
	const used = usedFaces(faces, options.characters);
	for (const face of faces) {
		if (used.has(face)) {
			fonts.dropped.push(...keepWoff2Only(face.block));
			fonts.kept.push(...urlsOf(face.block));
		} else {
			fonts.dropped.push(...urlsOf(face.block));
			face.list.remove(face.item);
		}
	}
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
