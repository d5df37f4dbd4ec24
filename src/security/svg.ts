// What an SVG image may hold to be shown and printed safely: drawing only. No script, no event
// handler, no embedded document, no reference to another file (only "#id" inside the image), no
// CSS url() or @import, no entity declarations. Read with the HTML standard's tokenizer, which
// reads an SVG the way a browser reads one put inline in a page.
import { SAXParser } from 'parse5-sax-parser';
import { cssAddresses } from './addresses.ts';

export interface SvgProblem {
	/** Offset in the SVG text. */
	offset: number;
	/** What was found, in French: « un élément <script> », « un attribut onload »… */
	what: string;
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'handler', 'listener', 'set', 'animate']);
const REFERENCE_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

/** The first thing an SVG holds that an image must not, or undefined when it only draws. */
export function svgProblem(svg: string): SvgProblem | undefined {
	let found: SvgProblem | undefined;
	let styleStart: number | undefined;
	let styleText = '';
	const parser = new SAXParser({ sourceCodeLocationInfo: true });
	const report = (offset: number | undefined, what: string) => {
		found ??= { offset: offset ?? 0, what };
	};
	parser.on('doctype', (token) => {
		// An internal subset can declare entities that expand or fetch.
		if (/<!ENTITY/i.test(svg.slice(token.sourceCodeLocation?.startOffset ?? 0, token.sourceCodeLocation?.endOffset))) {
			report(token.sourceCodeLocation?.startOffset, 'une déclaration <!ENTITY>');
		}
	});
	parser.on('startTag', (token) => {
		const offset = token.sourceCodeLocation?.startOffset;
		const name = token.tagName.toLowerCase();
		if (FORBIDDEN_ELEMENTS.has(name)) report(offset, `un élément <${token.tagName}>`);
		if (name === 'style') styleStart = offset;
		for (const attribute of token.attrs) {
			const attributeName = (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name).toLowerCase();
			if (attributeName.startsWith('on')) report(offset, `un attribut ${attributeName}`);
			else if (REFERENCE_ATTRIBUTES.has(attributeName) && !attribute.value.trim().startsWith('#')) {
				report(offset, `une référence « ${attribute.value.trim().slice(0, 60)} » vers un autre fichier`);
			} else if (cssAddresses(attribute.value).some((url) => !url.trim().startsWith('#'))) {
				report(offset, `une adresse url(…) dans l’attribut ${attributeName}`);
			}
		}
	});
	parser.on('text', (token) => {
		if (styleStart !== undefined) styleText += token.text;
	});
	parser.on('endTag', (token) => {
		if (token.tagName.toLowerCase() !== 'style' || styleStart === undefined) return;
		if (cssAddresses(styleText).some((url) => !url.trim().startsWith('#'))) report(styleStart, 'une adresse url(…) ou @import dans un <style>');
		styleStart = undefined;
		styleText = '';
	});
	const synchronous = parser as unknown as { lastChunkWritten: boolean; _transformChunk(chunk: string): string };
	synchronous.lastChunkWritten = true;
	synchronous._transformChunk(svg);
	return found;
}
