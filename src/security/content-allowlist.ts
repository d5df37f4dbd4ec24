// What a content file may write in HTML (raw HTML in .md, JSX in .mdx) and which components it
// may use, with which attributes: one allowlist, after GitHub's and hast-util-sanitize's model.
// Anything not listed here is refused by the check step. To allow more, add it here and say in the
// commit which trainer needs it: each entry is something a contributor's pull request can use.

/** Where the value of an address attribute may point. */
export type AddressKind =
	/** A page the reader chooses to open: http(s), mailto, tel, or a page of the site. */
	| 'link'
	/** A file the browser fetches by itself: only a file of the project. */
	| 'resource'
	/** A list of such files with their sizes ("a.png 1x, b.png 2x"). */
	| 'resource-list';

/** Attributes any allowed element may carry. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['id', 'title', 'lang', 'dir', 'translate'];

/** Allowed HTML elements, with the attributes each may carry besides the global ones. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	// Text: emphasis, abbreviations, keys, quotations, code.
	a: ['href', 'hreflang'],
	abbr: [],
	b: [],
	bdi: [],
	bdo: [],
	br: [],
	cite: [],
	code: [],
	del: ['cite', 'datetime'],
	dfn: [],
	em: [],
	i: [],
	ins: ['cite', 'datetime'],
	kbd: [],
	mark: [],
	q: ['cite'],
	rp: [],
	rt: [],
	ruby: [],
	s: [],
	samp: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	sup: [],
	time: ['datetime'],
	u: [],
	var: [],
	wbr: [],
	// Blocks: paragraphs, quotes, lists, headings, folded parts, figures.
	blockquote: ['cite'],
	dd: [],
	details: ['open'],
	div: [],
	dl: [],
	dt: [],
	figcaption: [],
	figure: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	li: ['value'],
	ol: ['start', 'reversed', 'type'],
	p: [],
	pre: [],
	summary: [],
	ul: [],
	// Tables.
	caption: [],
	col: ['span'],
	colgroup: ['span'],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan', 'headers'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
	thead: [],
	tr: [],
	// Images of the project.
	img: ['src', 'alt', 'width', 'height', 'loading'],
};

/** Attributes whose value is an address, and where it may point. */
export const ADDRESS_ATTRIBUTES: Readonly<Record<string, AddressKind>> = {
	href: 'link',
	cite: 'link',
	src: 'resource',
	srcset: 'resource-list',
	poster: 'resource',
	background: 'resource',
	image: 'resource',
	data: 'resource',
	action: 'resource',
	formaction: 'resource',
	ping: 'resource-list',
};

/** An allowed component: where it is imported from and the attributes (props) it accepts. */
export interface AllowedComponent {
	from: string;
	attributes: readonly string[];
	/** Attributes without which the component stops the build. */
	required?: readonly string[];
	/** Attributes that take one of a few values, and those values. */
	values?: Readonly<Record<string, readonly string[]>>;
	/** Attributes that name one of Starlight's icons (./starlight-icons.ts). */
	icons?: readonly string[];
}

const STARLIGHT = '@astrojs/starlight/components';

/**
 * Starlight's components for documentation pages. Several pass unknown attributes on to the HTML
 * they write (LinkButton, LinkCard…), so each lists the props it documents, and nothing else.
 * Icon's color and size are left out: they are written into a style attribute unescaped.
 * Values and required props are those that make Starlight throw when wrong (its own schemas).
 */
export const ALLOWED_COMPONENTS: Readonly<Record<string, AllowedComponent>> = {
	Aside: { from: STARLIGHT, attributes: ['type', 'title', 'icon'], values: { type: ['note', 'tip', 'caution', 'danger'] }, icons: ['icon'] },
	Badge: {
		from: STARLIGHT,
		attributes: ['text', 'variant', 'size'],
		required: ['text'],
		values: { variant: ['note', 'danger', 'success', 'caution', 'tip', 'default'], size: ['small', 'medium', 'large'] },
	},
	Card: { from: STARLIGHT, attributes: ['title', 'icon'], required: ['title'], icons: ['icon'] },
	CardGrid: { from: STARLIGHT, attributes: ['stagger'] },
	FileTree: { from: STARLIGHT, attributes: [] },
	Icon: { from: STARLIGHT, attributes: ['name', 'label'], required: ['name'], icons: ['name'] },
	LinkButton: {
		from: STARLIGHT,
		attributes: ['href', 'variant', 'icon', 'iconPlacement'],
		required: ['href'],
		values: { variant: ['primary', 'secondary', 'minimal'], iconPlacement: ['start', 'end'] },
		icons: ['icon'],
	},
	LinkCard: { from: STARLIGHT, attributes: ['href', 'title', 'description'], required: ['href', 'title'] },
	Steps: { from: STARLIGHT, attributes: [] },
	TabItem: { from: STARLIGHT, attributes: ['label', 'icon'], required: ['label'], icons: ['icon'] },
	Tabs: { from: STARLIGHT, attributes: ['syncKey'] },
};

/** Component names grouped by module, as an import line lists them. */
export const ALLOWED_COMPONENT_IMPORTS: Readonly<Record<string, readonly string[]>> = Object.entries(ALLOWED_COMPONENTS).reduce<
	Record<string, string[]>
>((byModule, [name, { from }]) => {
	(byModule[from] ??= []).push(name);
	return byModule;
}, {});

export function isAllowedComponent(specifier: string, name: string): boolean {
	return Object.hasOwn(ALLOWED_COMPONENTS, name) && ALLOWED_COMPONENTS[name]!.from === specifier;
}

/** Whether an HTML element (lower-case name) may appear in content. */
export function isAllowedElement(name: string): boolean {
	return Object.hasOwn(ALLOWED_ELEMENTS, name);
}

/** Whether an attribute (lower-case for HTML) may appear on an allowed element. */
export function isAllowedAttribute(element: string, attribute: string): boolean {
	return GLOBAL_ATTRIBUTES.includes(attribute) || (ALLOWED_ELEMENTS[element]?.includes(attribute) ?? false);
}

/** Whether a prop may be given to an allowed component. */
export function isAllowedComponentAttribute(component: string, attribute: string): boolean {
	return ALLOWED_COMPONENTS[component]?.attributes.includes(attribute) ?? false;
}

/** The allowed elements, for a hint: « a, abbr, b… ». */
export function allowedElementList(): string {
	return Object.keys(ALLOWED_ELEMENTS).join(', ');
}

/** The attributes an element accepts, for a hint. */
export function allowedAttributeList(element: string): string {
	const own = ALLOWED_ELEMENTS[element] ?? ALLOWED_COMPONENTS[element]?.attributes ?? [];
	const all = Object.hasOwn(ALLOWED_COMPONENTS, element) ? own : [...own, ...GLOBAL_ATTRIBUTES];
	return all.length > 0 ? all.join(', ') : 'aucun';
}
