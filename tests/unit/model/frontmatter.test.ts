// The check reads a file's header where the site reads it: Astro ends the header at the first
// line that starts with "---" or "+++", so any such line that does not close it is refused.
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/model/frontmatter.ts';

const SAMPLES = [
	'---\ntitle: Un titre\n---\n\nDu texte.\n',
	'---\r\ntitle: Un titre\r\n---\r\n\r\nDu texte.\r\n',
	'---\ntitle: Un titre\n---   \nDu texte.\n',
	'---\ntitle: "Un titre\n---<img src=x onerror=alert(1)>"\n---\n',
	"---\ntitle: 'Un titre\n+++ <script>alert(1)</script>'\n---\n",
	'---\nliste: [a,\n---b]\n---\n',
	'---\ntitle: Un titre\n  --- indenté\n---\n',
];

describe('the header of a Markdown file', () => {
	it('is, whenever the check accepts it, exactly the header Astro reads', () => {
		const accepted = SAMPLES.filter((text) => splitFrontmatter(text).kind === 'ok');
		expect(accepted).toHaveLength(4);
		for (const text of accepted) {
			const split = splitFrontmatter(text);
			if (split.kind !== 'ok') continue;
			// Astro's capture starts with the rest of the opening line (its line break).
			expect(extractFrontmatter(text)?.replace(/^[ \t]*\r?\n/, '')).toBe(split.yaml);
		}
	});

	it('is refused, with its line, when a line inside starts with « --- » or « +++ » without closing it', () => {
		expect(splitFrontmatter(SAMPLES[3]!)).toEqual({ kind: 'stray-fence', line: 3, text: '---<img src=x onerror=alert(1)>"' });
		expect(splitFrontmatter(SAMPLES[4]!)).toMatchObject({ kind: 'stray-fence', line: 3 });
		expect(splitFrontmatter(SAMPLES[5]!)).toMatchObject({ kind: 'stray-fence', line: 3, text: '---b]' });
	});
});
