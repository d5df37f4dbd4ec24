// The elements of an HTML page with their exact place in the source: what the CSP and privacy checks read.
import { Parser } from 'htmlparser2';

export interface HtmlElement {
	name: string;
	attributes: Record<string, string>;
	/** Offset of the element's "<" in the source. */
	start: number;
	/** Offset just after the end of its opening tag. */
	openEnd: number;
	/** The raw text between the opening and closing tags of <script> and <style>, untouched. */
	rawText?: string;
}

const RAW_TEXT = new Set(['script', 'style']);

/** Every element of `html`, in document order; script and style bodies kept byte for byte (hashes depend on it). */
export function htmlElements(html: string): HtmlElement[] {
	const elements: HtmlElement[] = [];
	const open: HtmlElement[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const element: HtmlElement = { name, attributes, start: parser.startIndex, openEnd: parser.endIndex + 1 };
				elements.push(element);
				if (RAW_TEXT.has(name)) open.push(element);
			},
			onclosetag(name) {
				if (!RAW_TEXT.has(name)) return;
				const element = open.pop();
				if (element) element.rawText = html.slice(element.openEnd, parser.startIndex);
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	return elements;
}
