import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLockfile, missingOptionals, platformOf, type Lockfile } from '../../../src/tooling/lockfile.ts';
import { PROJECT_ROOT } from '../../helpers/build-site.ts';

describe('lock file', () => {
	it('lists every optional native package, so that `npm ci` accepts it on any machine', () => {
		const lockfile = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
		const missing = missingOptionals(lockfile).map(([, name, version]) => `${name}@${version}`);
		expect(missing, 'lancez « npm run lockfile:complete » puis validez package-lock.json').toEqual([]);
	});

	it('tags an added package with the platform its name gives', () => {
		expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
		expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
		const { lockfile, added } = completeLockfile({
			packages: { '': {}, 'node_modules/tool': { version: '1.0.0', optionalDependencies: { '@tool/win32-x64': '1.0.0' } } },
		});
		expect(added).toEqual(['@tool/win32-x64@1.0.0']);
		expect(lockfile.packages['node_modules/@tool/win32-x64']).toEqual({ version: '1.0.0', optional: true, os: ['win32'], cpu: ['x64'] });
	});
});
