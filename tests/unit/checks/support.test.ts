import { describe, expect, it } from 'vitest';
import { cyclicComponents, shortestCycle } from '../../../src/checks/support/cycles.ts';
import { scanHtml } from '../../../src/checks/support/html.ts';
import { addressList, cssAddresses, linkProblem, resourceProblem } from '../../../src/security/addresses.ts';

describe('cycles in the prerequisite graph', () => {
	it('follows a chain of 20 000 modules without overflowing the stack', () => {
		const ids = Array.from({ length: 20_000 }, (_, index) => `m${index}`);
		const next = (id: string) => (id === 'm0' ? [] : [`m${Number(id.slice(1)) - 1}`]);
		expect(cyclicComponents(ids, next)).toEqual([]);
		const ring = (id: string) => [`m${(Number(id.slice(1)) + 1) % ids.length}`];
		const [component] = cyclicComponents(ids, ring);
		expect(component).toHaveLength(20_000);
	});

	it('finds the shortest loop through a module', () => {
		const edges: Record<string, string[]> = { a: ['b', 'c'], b: ['d'], c: ['a'], d: ['a'] };
		const next = (id: string) => edges[id] ?? [];
		expect(shortestCycle('a', new Set(['a', 'b', 'c', 'd']), next)).toEqual(['a', 'c', 'a']);
	});
});

describe('addresses read as a browser reads them', () => {
	it.each([
		['javascript:alert(1)', 'script'],
		[' JavaScript:alert(1)', 'script'],
		['java\tscript:alert(1)', 'script'],
		['&#106;avascript:alert(1)', 'script'],
		['javascript&colon;alert(1)', 'script'],
		['data:text/html;base64,AAAA', 'embedded'],
		['vbscript:msgbox', 'script'],
		['file:///etc/passwd', 'scheme'],
	])('refuses the link %s', (url, kind) => expect(linkProblem(url)?.kind).toBe(kind));

	it.each(['https://exemple.org/page', '/modules/a/', 'images/logo.svg', 'mailto:contact@exemple.org', 'tel:0123', '#objectifs', '../a/'])(
		'accepts the link %s',
		(url) => expect(linkProblem(url)).toBeUndefined(),
	);

	it.each(['https://pixel.example/p.gif', '//pixel.example/p.gif', '/\\pixel.example/p.gif', ' HTTPS://pixel.example/p.gif', 'h&#116;tps://x.example/a.png'])(
		'refuses the image %s from another site',
		(url) => expect(resourceProblem(url)?.kind).toBe('foreign'),
	);

	it.each(['./photo.png', 'photo.png', '../images/photo.png', '/images/photo.png'])('accepts the image %s of the project', (url) =>
		expect(resourceProblem(url)).toBeUndefined(),
	);

	it('finds every address of a srcset and of CSS', () => {
		expect(addressList('a.png 1x, https://x.example/b.png 2x')).toEqual(['a.png', 'https://x.example/b.png']);
		expect(cssAddresses('background: url( "https://x.example/a.png" ); @import \'b.css\'; x: u\\72l(c.png)')).toEqual([
			'https://x.example/a.png',
			'c.png',
			'b.css',
		]);
	});
});

describe('raw HTML, read by the HTML standard', () => {
	const names = (html: string) => scanHtml(html).tags.map((tag) => tag.name);

	it('reads every attribute, even after a quoted ">" or a quote inside an unquoted value', () => {
		const [tag] = scanHtml('<a title="x>y" onclick="alert(1)">').tags;
		expect(tag?.attributes.map((attribute) => [attribute.name, attribute.value])).toEqual([
			['title', 'x>y'],
			['onclick', 'alert(1)'],
		]);
		expect(tag?.attributes[1]?.offset).toBe(15);
		expect(scanHtml("<a href=a'b onclick=alert(1)>").tags[0]?.attributes.map((attribute) => attribute.name)).toEqual(['href', 'onclick']);
	});

	it('ends comments where a browser does: "<!-->", "<!--->" and "--!>"', () => {
		expect(names('<!--><script>alert(1)</script>')).toEqual(['script']);
		expect(names('<!---><img src=x onerror=alert(1)>')).toEqual(['img']);
		expect(names('<!-- a --!><img src=x onerror=alert(1)> -->')).toEqual(['img']);
		expect(names('<!-- <script> --></div><p>')).toEqual(['p']);
	});

	it('reads <noscript> as a browser with scripts does: a closing tag inside an attribute closes it', () => {
		expect(names('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>')).toEqual(['noscript', 'img']);
	});

	it('reads a table cell’s attributes outside a table too: a fragment parser would drop the tag, a page may not', () => {
		expect(scanHtml('<td onclick=alert(1)>').tags[0]?.attributes.map((attribute) => attribute.name)).toEqual(['onclick']);
	});

	it('decodes character references in values', () => {
		expect(scanHtml('<a href="&#106;ava&#x73;cript&colon;x">').tags[0]?.attributes[0]?.value).toBe('javascript:x');
	});

	it('says where HTML is left open, swallowing what follows', () => {
		expect(scanHtml('<p>texte</p>').openAt).toBeUndefined();
		expect(scanHtml('<span title="a">').openAt).toBeUndefined();
		expect(scanHtml('texte <!-- pas refermé').openAt).toBe(6);
		expect(scanHtml('<div title="').openAt).toBe(0);
		expect(scanHtml('<p>x</p><div ').openAt).toBe(8);
	});
});
