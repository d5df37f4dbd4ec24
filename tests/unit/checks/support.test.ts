import { describe, expect, it } from 'vitest';
import { cyclicComponents, shortestCycle } from '../../../src/checks/support/cycles.ts';
import { scanHtml } from '../../../src/checks/support/html.ts';
import { unsafeScheme } from '../../../src/checks/support/urls.ts';

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

describe('unsafe addresses', () => {
	it.each([
		['javascript:alert(1)', 'javascript'],
		[' JavaScript:alert(1)', 'javascript'],
		['java\tscript:alert(1)', 'javascript'],
		['&#106;avascript:alert(1)', 'javascript'],
		['javascript&colon;alert(1)', 'javascript'],
		['data:text/html;base64,AAAA', 'data'],
		['vbscript:msgbox', 'vbscript'],
	])('refuses %s', (url, scheme) => expect(unsafeScheme(url)).toBe(scheme));

	it.each(['https://exemple.org/page', '/modules/a/', 'images/logo.svg', 'mailto:contact@exemple.org', 'tel:0123', '#objectifs', 'database:x'])(
		'accepts %s',
		(url) => expect(unsafeScheme(url)).toBeUndefined(),
	);
});

describe('raw HTML', () => {
	it('reads every attribute, even after a quoted ">"', () => {
		const [tag] = scanHtml('<a title="x>y" onclick="alert(1)">');
		expect(tag?.attributes.map((attribute) => [attribute.name, attribute.value])).toEqual([
			['title', 'x>y'],
			['onclick', 'alert(1)'],
		]);
		expect(tag?.attributes[1]?.offset).toBe(15);
	});

	it('skips comments and closing tags', () => {
		expect(scanHtml('<!-- <script> --></div><p>').map((tag) => tag.name)).toEqual(['p']);
	});
});
