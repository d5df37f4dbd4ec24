// What an SVG image may hold to be shown and printed safely: drawing only. No script, no event
// handler, no embedded document, no reference to another file (only "#id" inside the image), no
// CSS url() or @import, no entity declarations. Read twice, as a browser may read it: with the
// HTML standard's tokenizer (an SVG put inline in a page), and as XML (the file opened at its own
// address, where the browser's XML parser expands a DTD's entities, binds prefixes such as
// <s:script> to the SVG namespace and follows <?xml-stylesheet?>). Accepted only if both agree.
import { Parser } from 'htmlparser2';
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
	return xmlProblem(svg) ?? htmlProblem(svg);
}

/** Read as the HTML tokenizer reads an SVG inline in a page. */
function htmlProblem(svg: string): SvgProblem | undefined {
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

/** Namespaces whose elements run or load things in an XML document: (X)HTML and MathML. */
const DOCUMENT_NAMESPACES = new Set(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/math/mathml']);

/** A DTD declaration: in a DTD's internal subset, it defines entities or default attributes (onload…). */
const DTD_DECLARATION = /<!\s*(?:ENTITY|ATTLIST|ELEMENT|NOTATION)\b/i;

/** Read as the browser's XML parser reads the file opened at its own address. */
function xmlProblem(svg: string): SvgProblem | undefined {
	let found: SvgProblem | undefined;
	const report = (offset: number, what: string) => {
		found ??= { offset, what };
	};
	// The XML tokenizer below does not read a DTD: its declarations are refused on the raw text.
	const declaration = DTD_DECLARATION.exec(svg);
	if (declaration) report(declaration.index, 'une déclaration de DTD (<!ENTITY>, <!ATTLIST>…)');
	const doctype = /<!DOCTYPE[^>[]*\[/i.exec(svg);
	if (doctype) report(doctype.index, 'une DTD interne (<!DOCTYPE … [ … ]>)');
	let styleDepth = 0;
	let styleStart = 0;
	let styleText = '';
	const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();
	const parser: Parser = new Parser(
		{
			onprocessinginstruction(name) {
				if (name.toLowerCase() !== '?xml') report(parser.startIndex, `une instruction <${name}…?>`);
			},
			onopentag(name, attributes) {
				const offset = parser.startIndex;
				const local = localName(name);
				if (FORBIDDEN_ELEMENTS.has(local)) report(offset, `un élément <${name}>`);
				if (local === 'style') {
					styleDepth++;
					styleStart = offset;
				}
				for (const [attributeName, value] of Object.entries(attributes)) {
					const lower = attributeName.toLowerCase();
					const attributeLocal = localName(attributeName);
					if ((lower === 'xmlns' || lower.startsWith('xmlns:')) && DOCUMENT_NAMESPACES.has(value.trim().toLowerCase())) {
						report(offset, `un espace de noms « ${value.trim()} » (des éléments HTML dans l’image)`);
					} else if (lower === 'xml:base') report(offset, 'un attribut xml:base');
					else if (attributeLocal.startsWith('on')) report(offset, `un attribut ${attributeName}`);
					else if (REFERENCE_ATTRIBUTES.has(attributeLocal) && !value.trim().startsWith('#')) {
						report(offset, `une référence « ${value.trim().slice(0, 60)} » vers un autre fichier`);
					} else if (cssAddresses(value).some((url) => !url.trim().startsWith('#'))) {
						report(offset, `une adresse url(…) dans l’attribut ${attributeName}`);
					}
				}
			},
			ontext(text) {
				if (styleDepth > 0) styleText += text;
			},
			onclosetag(name) {
				if (localName(name) !== 'style' || styleDepth === 0) return;
				styleDepth--;
				if (cssAddresses(styleText).some((url) => !url.trim().startsWith('#'))) report(styleStart, 'une adresse url(…) ou @import dans un <style>');
				styleText = '';
			},
		},
		{ xmlMode: true, decodeEntities: true },
	);
	parser.end(svg);
	return found;
}
