import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownFeatures } from '../../../src/markdown/features.ts';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { countSlides, deckSlides, splitSlides } from '../../../src/markdown/slides.ts';

const DECKS = '/projet/content/decks/';

function tree(text: string) {
	const parsed = parseMarkdown(text, 'mdx');
	if ('error' in parsed) throw new Error(parsed.error.message);
	return parsed.tree;
}

/** The HTML the site makes of a deck file (or of another file, with `path`). */
function html(text: string, path = `${DECKS}atelier.md`): string {
	// The plugins are synchronous, so is the compile.
	const result = markdownToHtml(text, { features: markdownFeatures, fileURL: pathToFileURL(path), mdastPlugins: [deckSlides([DECKS])] }) as MarkdownToHtmlResult;
	return result.html.trim();
}

const HEADER = '---\ntitle: Un support\n---\n\n';

describe('splitting a deck into slides', () => {
	it('opens a part with "#" and a slide with "##"; text before any heading is a slide of its own', () => {
		const parts = splitSlides(tree(`${HEADER}Avant tout titre.\n\n# Partie A\n\nIntro.\n\n## Un\n\n## Deux\n\n# Partie B\n\n## Trois\n`));
		expect(parts.map((part) => [part.heading ? 'partie' : 'seule', part.slides.length])).toEqual([
			['seule', 1],
			['partie', 3],
			['partie', 2],
		]);
		expect(countSlides(parts)).toBe(6);
	});

	it('makes each "##" written before any "#" a slide of its own', () => {
		expect(splitSlides(tree('## Un\n\n## Deux\n')).map((part) => part.slides.length)).toEqual([1, 1]);
	});

	it('keeps "###" and "---" inside a slide: only "#" and "##" separate slides', () => {
		const parts = splitSlides(tree('## Un\n\n### Détail\n\nTexte.\n\n---\n\nSuite.\n\n## Deux\n'));
		expect(countSlides(parts)).toBe(2);
		expect(parts[0]!.slides[0]!.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'thematicBreak', 'paragraph']);
	});

	it('shows why "---" cannot separate slides: under a line of text it turns that line into a heading', () => {
		const [paragraph] = tree('Une phrase\n---\n').children;
		expect(paragraph).toMatchObject({ type: 'heading', depth: 2 });
	});

	it('takes notes and background out of what the slide shows', () => {
		const [part] = splitSlides(tree('## Un\n\n::background{color=#123456 image=/fond.png}\n\nTexte.\n\n:::notes\nPour le formateur.\n:::\n'));
		const slide = part!.slides[0]!;
		expect(slide.background).toEqual({ color: '#123456', image: '/fond.png' });
		expect(slide.notes).toHaveLength(1);
		expect(slide.children.map((node) => node.type)).toEqual(['paragraph']);
	});
});

describe('the slides plugin', () => {
	it('renders parts as vertical stacks of <section>, with notes as <aside class="notes">', () => {
		const out = html(`${HEADER}# Partie\n\nIntro.\n\n:::notes\nDire bonjour.\n:::\n\n## Diapo\n\nTexte.\n`);
		expect(out).toBe(
			'<section class="cf-part"><section class="center cf-part-title"><h1>Partie</h1><p>Intro.</p><aside class="notes"><p>Dire bonjour.</p></aside></section><section class="center"><h2>Diapo</h2><p>Texte.</p></section></section>',
		);
	});

	it('sets a part’s title alone on its slide on the accent colour, unless the slide asks for another background', () => {
		expect(html(`${HEADER}# Partie

## Diapo
`)).toContain('<section class="center cf-part-title cf-part-title--alone" data-background-color="#24508f"><h1>Partie</h1></section>');
		expect(html(`${HEADER}# Partie

::background{color=#fdf1d6}

## Diapo
`)).toContain(
			'<section class="center cf-part-title cf-part-title--alone" data-background-color="#fdf1d6"><h1>Partie</h1></section>',
		);
	});

	it('sets the background of the slide and turns :::fragment into a fragment', () => {
		const out = html('## Diapo\n\n::background{color=#fdf1d6 image=/fond.png}\n\n:::fragment{effect=fade-up}\nPlus tard.\n:::\n');
		expect(out).toContain('<section class="center" data-background-color="#fdf1d6" data-background-image="/fond.png" data-background-size="cover">');
		expect(out).toContain('<div class="fragment fade-up"><p>Plus tard.</p></div>');
	});

	it('centres every slide’s content unless the slide asks for the top with ::haut', () => {
		const out = html('## Au milieu\n\nTexte.\n\n## En haut\n\n::haut\n\nUn long tableau.\n');
		expect(out.replace(/\n/g, '')).toBe('<section class="center"><h2>Au milieu</h2><p>Texte.</p></section><section><h2>En haut</h2><p>Un long tableau.</p></section>');
	});

	it('asks for the persona card component where a slide holds a lone :persona[id]', () => {
		const { code } = mdxToJs('## Diapo\n\n:persona[jean]\n', {
			features: markdownFeatures,
			fileURL: pathToFileURL(`${DECKS}atelier.mdx`),
			mdastPlugins: [deckSlides([DECKS])],
		}) as MdxToJsResult;
		expect(code).toMatch(/_jsx\(DeckPersona, \{\s*id: "jean"\s*\}\)/);
	});

	it('leaves files outside the decks folder alone', () => {
		expect(html('# Titre\n\n## Partie\n', '/projet/content/modules/m.md')).toBe('<h1>Titre</h1>\n<h2>Partie</h2>');
	});
});
