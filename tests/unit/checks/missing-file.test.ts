// Content images go through Astro's image pipeline: too heavy a file is refused where it is named.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index.ts';
import { loadProject } from '../../../src/model/project.ts';
import { moduleMdx, writeContentTree } from '../../helpers/content-tree.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('images of a content file', () => {
	it('refuses one over 5 Mo, and accepts the same image lighter', () => {
		const messages = (bytes: number) => {
			const root = writeContentTree({
				'modules/a.mdx': moduleMdx({}, '![Une photo](./photo.png)\n'),
				'modules/photo.png': Buffer.concat([PNG, Buffer.alloc(bytes)]),
			});
			return runChecks(loadProject({ root, contentDir: 'content' }))
				.filter((message) => message.ruleId === 'missing-file')
				.map((message) => `${message.line}:${message.column} ${message.reason}`);
		};
		expect(messages(6 * 1024 * 1024)).toEqual([`${moduleMdx({}, '').split('\n').length}:14 image trop lourde : « ./photo.png » (6.0 Mo, au plus 5 Mo)`]);
		expect(messages(1024)).toEqual([]);
	});
});
