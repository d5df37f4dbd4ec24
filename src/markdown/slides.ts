// A deck's body as reveal.js slides: "#" opens a part (a vertical stack), "##" a slide, with
// :::notes, :::fragment, ::background{…} and a lone :persona[id] paragraph for a persona card.
// The splitting is a pure function over the tree, shared by the site (the plugin below) and by
// the check step and the decks index (which count slides); both read the same rules from here.
import { fileURLToPath } from 'node:url';
import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { MdastPluginInstance, PluginFactoryContext } from 'satteri';
import { element } from './html-nodes.ts';

type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;
type LeafDirective = Extract<RootContent, { type: 'leafDirective' }>;

/** `::haut` on its own line: this slide's content starts at the top (every other slide is centred). */
export const TOP_DIRECTIVE = 'haut';

/** What `::background{…}` may set, as reveal.js `data-background-*` attributes. */
export const BACKGROUND_ATTRIBUTES = ['color', 'image', 'size', 'position', 'opacity'] as const;

export type Background = Partial<Record<(typeof BACKGROUND_ATTRIBUTES)[number], string>>;

export interface Slide {
	/** The heading that opens the slide ("#" for a part's first slide, "##" otherwise). */
	heading?: Heading;
	/** What the slide shows, in order, without its notes and background directive. */
	children: RootContent[];
	/** The :::notes blocks, shown in the speaker view only. */
	notes: ContainerDirective[];
	background: Background;
	/** The slide asked, with `::haut`, for its content at the top instead of in the middle. */
	top: boolean;
}

export interface Part {
	/** The "#" heading of a part; a slide written before any "#" stands alone, in a part without heading. */
	heading?: Heading;
	slides: Slide[];
}

/** Nodes that are not shown: the header, MDX imports and comments; kept in place, out of the slides. */
export function isInvisible(node: RootContent): boolean {
	return node.type === 'yaml' || node.type === 'mdxjsEsm' || (node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value));
}

function isBlank(node: RootContent): boolean {
	return node.type === 'html' && node.value.trim() === '';
}

function newSlide(heading?: Heading): Slide {
	return { heading, children: [], notes: [], background: {}, top: false };
}

function addTo(slide: Slide, node: RootContent): void {
	if (node.type === 'containerDirective' && node.name === 'notes') slide.notes.push(node);
	else if (node.type === 'leafDirective' && node.name === 'background') Object.assign(slide.background, backgroundOf(node));
	else if (node.type === 'leafDirective' && node.name === TOP_DIRECTIVE) slide.top = true;
	else slide.children.push(node);
}

/** The reveal.js background a `::background{color=… image=…}` directive asks for. */
export function backgroundOf(node: LeafDirective): Background {
	const background: Background = {};
	for (const name of BACKGROUND_ATTRIBUTES) {
		const value = node.attributes?.[name];
		if (typeof value === 'string' && value.trim() !== '') background[name] = value.trim();
	}
	return background;
}

/** Splits a deck's tree into parts and slides; headings are the only separators. */
export function splitSlides(tree: Root): Part[] {
	const parts: Part[] = [];
	let part: Part | undefined;
	let slide: Slide | undefined;
	for (const node of tree.children) {
		if (isInvisible(node)) continue;
		if (node.type === 'heading' && node.depth === 1) {
			slide = newSlide(node);
			part = { heading: node, slides: [slide] };
			parts.push(part);
		} else if (node.type === 'heading' && node.depth === 2) {
			slide = newSlide(node);
			if (part?.heading) part.slides.push(slide);
			else parts.push({ slides: [slide] });
		} else {
			if (!slide) {
				if (isBlank(node)) continue;
				// Text before the first heading is a slide of its own.
				slide = newSlide();
				part = { slides: [slide] };
				parts.push(part);
			}
			addTo(slide, node);
		}
	}
	return parts;
}

/** How many slides a deck's body makes. */
export function countSlides(parts: readonly Part[]): number {
	return parts.reduce((total, part) => total + part.slides.length, 0);
}

/** A lone `:persona[id]` paragraph asks for the persona's card; returns its id. */
export function lonePersonaId(node: Nodes): string | undefined {
	if (node.type !== 'paragraph') return undefined;
	const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
	const [only] = meaningful;
	if (meaningful.length !== 1 || only?.type !== 'textDirective' || only.name !== 'persona') return undefined;
	const id = only.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
	return id || undefined;
}

/** Name of the component a deck page passes to render a persona card in a slide. */
export const PERSONA_COMPONENT = 'DeckPersona';

function withoutLabel(node: ContainerDirective): RootContent[] {
	return node.children.filter((child) => !(child.type === 'paragraph' && (child as Paragraph).data?.directiveLabel));
}

/** Fragment effects reveal.js knows, allowed as `:::fragment{effect=fade-up}`. */
const FRAGMENT_EFFECTS = new Set(['fade-up', 'fade-down', 'fade-left', 'fade-right', 'fade-in-then-out', 'highlight-red', 'highlight-blue', 'grow', 'semi-fade-out']);

function slideContent(node: RootContent, format: 'mdx' | 'markdown'): RootContent {
	if (node.type === 'containerDirective' && node.name === 'fragment') {
		const effect = node.attributes?.effect;
		const className = ['fragment', ...(effect && FRAGMENT_EFFECTS.has(effect) ? [effect] : [])];
		return element('div', { className }, withoutLabel(node).map((child) => slideContent(child, format)));
	}
	const personaId = format === 'mdx' ? lonePersonaId(node) : undefined;
	if (personaId) {
		return {
			type: 'mdxJsxFlowElement',
			name: PERSONA_COMPONENT,
			attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: personaId }],
			children: [],
		} as unknown as RootContent;
	}
	return node;
}

function slideSection(slide: Slide, format: 'mdx' | 'markdown'): ContainerDirective {
	// reveal.js centres a slide whose class says so: every slide but those that ask for the top.
	const properties: Record<string, unknown> = slide.top ? {} : { className: ['center'] };
	for (const [name, value] of Object.entries(slide.background)) properties[`data-background-${name}`] = value;
	if (slide.background.image && !slide.background.size) properties['data-background-size'] = 'cover';
	const children: RootContent[] = [
		...(slide.heading ? [slide.heading] : []),
		...slide.children.map((node) => slideContent(node, format)),
		...slide.notes.map((notes) => element('aside', { className: ['notes'] }, withoutLabel(notes))),
	];
	return element('section', properties, children);
}

/** The background of a part's title slide: the decks' accent colour, under white text (8.6:1). */
export const PART_BACKGROUND = '#24508f';

/** The reveal.js tree of sections for a deck's body; `kept` (header, imports) stays first. */
export function revealTree(parts: readonly Part[], format: 'mdx' | 'markdown', kept: readonly RootContent[] = []): Root {
	const children: RootContent[] = [...kept];
	for (const part of parts) {
		const sections = part.slides.map((slide) => slideSection(slide, format));
		// A part opens on a slide styled apart; one that holds the part's title alone is set on the
		// accent colour, unless it asks for another background.
		const opening = part.heading ? sections[0] : undefined;
		if (opening) {
			const alone = part.slides[0]!.children.length === 0;
			const data = (opening.data ?? {}) as { hProperties?: Record<string, unknown> };
			const properties = data.hProperties ?? {};
			const hasBackground = Object.keys(properties).some((name) => name.startsWith('data-background-'));
			const classes = Array.isArray(properties.className) ? (properties.className as string[]) : [];
			data.hProperties = {
				...properties,
				className: [...classes, 'cf-part-title', ...(alone ? ['cf-part-title--alone'] : [])],
				...(alone && !hasBackground ? { 'data-background-color': PART_BACKGROUND } : {}),
			};
			opening.data = data as typeof opening.data;
		}
		if (part.heading) children.push(element('section', { className: ['cf-part'] }, sections));
		else children.push(...sections);
	}
	return { type: 'root', children };
}

/** The Sätteri plugin that lays out files under one of `folders` (absolute paths) as slides. */
export function deckSlides(folders: readonly string[]) {
	return ({ fileURL, sourceFormat }: PluginFactoryContext) => {
		if (!fileURL) return null;
		const path = fileURLToPath(fileURL);
		if (!folders.some((folder) => path.startsWith(folder))) return null;
		const plugin: MdastPluginInstance & { name: string } = {
			name: 'commun-formation-deck-slides',
			before(root, ctx) {
				const format = sourceFormat === 'mdx' ? 'mdx' : 'markdown';
				const tree = root as Root;
				const kept = tree.children.filter(isInvisible);
				ctx.replaceNode(root, revealTree(splitSlides(tree), format, kept) as never);
			},
		};
		return plugin;
	};
}
