import { describe, expect, it } from 'vitest';
import { foreignLoadsInCss, foreignLoadsInHtml, foreignLoadsInScript } from '../../../src/security/foreign-loads.ts';

const urls = (loads: { url: string }[]) => loads.map((load) => load.url);

describe('foreign loads in a page', () => {
	it('finds scripts, style sheets, images, frames and media from another origin', () => {
		const html = `<!doctype html><html><head>
			<script src="https://cdn.example/lib.js"></script>
			<link rel="stylesheet" href="//fonts.example/css">
			<link rel="preconnect" href="https://fonts.example">
			<link rel="canonical" href="https://other.example/page/">
			</head><body>
			<img src="https://tracker.example/pixel.gif" srcset="/a.png 1x, https://img.example/b.png 2x">
			<iframe src="https://video.example/embed/1"></iframe>
			<video poster="https://img.example/p.jpg"><source src="https://media.example/v.mp4"></video>
			<object data="https://plugins.example/x.swf"></object>
			<a href="https://other.example/">a link is not a load</a>
			</body></html>`;
		expect(urls(foreignLoadsInHtml(html))).toEqual([
			'https://cdn.example/lib.js',
			'//fonts.example/css',
			'https://fonts.example',
			'https://tracker.example/pixel.gif',
			'https://img.example/b.png',
			'https://video.example/embed/1',
			'https://img.example/p.jpg',
			'https://media.example/v.mp4',
			'https://plugins.example/x.swf',
		]);
	});

	it('accepts everything served by the site itself, relative or absolute to the root', () => {
		const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="../x.js"></script></head>
			<body><img src="data:image/png;base64,AAAA"><img src="logo.svg"><svg><use href="#icon"/></svg></body></html>`;
		expect(foreignLoadsInHtml(html, '/modules/x/')).toEqual([]);
	});

	it('reads style elements, style attributes and inline scripts', () => {
		const html = `<html><head><style>@import "https://fonts.example/a.css"; body { background: url('https://img.example/bg.png') }</style></head>
			<body><div style="background-image: url(https://img.example/c.png)"></div>
			<script>fetch("https://api.example/track", { method: "POST" }); const ns = "http://www.w3.org/2000/svg";</script></body></html>`;
		expect(urls(foreignLoadsInHtml(html))).toEqual([
			'https://img.example/bg.png',
			'https://fonts.example/a.css',
			'https://img.example/c.png',
			'https://api.example/track',
		]);
	});

	it('follows a <base> that points elsewhere', () => {
		const loads = foreignLoadsInHtml('<html><head><base href="https://cdn.example/"></head><body><img src="a.png"></body></html>');
		expect(urls(loads)).toEqual(['https://cdn.example/', 'a.png']);
	});
});

describe('foreign loads in style sheets and scripts', () => {
	it('finds url() and @import with or without quotes', () => {
		expect(urls(foreignLoadsInCss(`@font-face{src:url(https://fonts.example/a.woff2)} a{mask:url("data:image/svg+xml,x")} @import 'https://x.example/b.css';`))).toEqual([
			'https://fonts.example/a.woff2',
			'https://x.example/b.css',
		]);
	});

	it('finds network calls with a literal address and ignores bare strings and same-site calls', () => {
		const script = `import a from "https://esm.example/a.js"; const b = await import('https://esm.example/b.js');
			navigator.sendBeacon("https://stats.example/hit"); new WebSocket(\`wss://live.example/\`);
			fetch("/pagefind/pagefind-entry.json"); fetch(\`\${base}pagefind.js\`); const xmlns = "http://www.w3.org/2000/svg";`;
		expect(urls(foreignLoadsInScript(script))).toEqual([
			'https://esm.example/b.js',
			'https://esm.example/a.js',
			'wss://live.example/',
			'https://stats.example/hit',
		]);
	});
});
