// What the printer does inside a loaded print page before printing. Each function runs in the
// browser (page.evaluate): it must not use anything from outside its own body.

/**
 * Links of a PDF cannot lead to the local server that served the page: a link to a module printed in
 * the same document goes to its place in it, any other link of the site to the published site
 * (organisation.yaml's `site`), or is left as plain text when the site's address is unknown.
 */
export function rewriteLinks({ site, moduleAnchorPrefix }: { site: string | null; moduleAnchorPrefix: string }): void {
	for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
		// Chromium writes the active area of a link made of several inline boxes sometimes as one
		// rectangle, sometimes as one per box: a link of text alone prints the same every time.
		if (link.children.length > 0 && !link.querySelector('img, svg')) link.textContent = link.textContent;
		const url = new URL(link.href, location.href);
		if (url.origin !== location.origin) continue;
		if (url.pathname === location.pathname && url.hash) continue;
		const moduleId = /\/modules\/([^/]+)\/$/.exec(url.pathname)?.[1];
		if (moduleId && document.getElementById(moduleAnchorPrefix + moduleId)) {
			link.setAttribute('href', `#${moduleAnchorPrefix}${moduleId}`);
		} else if (site) {
			link.setAttribute('href', new URL(url.pathname + url.search + url.hash, site).href);
		} else {
			link.removeAttribute('href');
		}
	}
}

/** Keeps only the chosen modules (and their sections) in a catalogue; keeps one path or none. */
export function keepSelection({ modules, parcours, label }: { modules: string[]; parcours: string | null; label: string }): void {
	const keep = new Set(modules);
	const drop = (selector: string, test: (element: HTMLElement) => boolean) => {
		for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) if (test(element)) element.remove();
	};
	drop('[data-print-module]', (element) => !keep.has(element.dataset.printModule!));
	drop('[data-toc-module]', (element) => !keep.has(element.dataset.tocModule!));
	drop('[data-print-section]', (element) => element.querySelector('[data-print-module]') === null);
	drop('[data-toc-section]', (element) => element.querySelector('[data-toc-module]') === null);
	if (parcours) drop('[data-print-parcours]', (element) => element.dataset.printParcours !== parcours);
	else drop('[data-print-parcours-list], [data-toc-parcours]', () => true);
	const selection = document.querySelector<HTMLElement>('[data-print-selection]');
	if (selection) {
		selection.textContent = label;
		selection.hidden = false;
	}
}

/** The targets named in the table of contents ([data-toc-page]), in order. */
export function tocTargets(): string[] {
	return Array.from(document.querySelectorAll<HTMLElement>('[data-toc-page]')).map((element) => element.dataset.tocPage!);
}

/** Writes page numbers into the table of contents. */
export function fillToc(pages: Record<string, number>): void {
	for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-toc-page]'))) {
		const page = pages[element.dataset.tocPage!];
		element.textContent = page === undefined ? '' : String(page);
	}
}

/** Cards whose text does not fit: the printer warns, as a cut card would lose it. */
export function overflowingCards(): string[] {
	return Array.from(document.querySelectorAll<HTMLElement>('[data-card], [data-card-back]'))
		.filter((card) => card.scrollHeight > card.clientHeight + 1)
		.map((card) => card.dataset.card ?? `${card.dataset.cardBack} (verso)`);
}

/** Waits for every font the page asked for, then tells whether the project's font is among them. */
export async function fontsReady(family: string): Promise<boolean> {
	await document.fonts.ready;
	return Array.from(document.fonts).some((font) => font.family.replace(/["']/g, '') === family && font.status === 'loaded');
}

/**
 * A deck printed by reveal.js: the title of each page, in order (one slide a page): its first heading,
 * else « Diapositive n ».
 */
export function slideTitles(): string[] {
	return Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page')).map((page, index) => {
		const heading = page.querySelector('h1, h2, h3');
		const title = heading?.textContent?.replace(/\s+/g, ' ').trim();
		return title || `Diapositive ${index + 1}`;
	});
}
