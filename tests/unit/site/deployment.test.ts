// The base path comes from organisation.yaml's `site`, unless COMMUN_BASE says otherwise.
import { describe, expect, it } from 'vitest';
import { normaliseBase, resolveDeployment } from '../../../src/site/deployment.ts';

describe('deployment', () => {
	it('takes the base from the path of site', () => {
		expect(resolveDeployment({ organisationSite: 'https://asso.github.io/catalogue/', env: {} })).toEqual({
			site: 'https://asso.github.io/catalogue/',
			base: '/catalogue/',
			warnings: [],
		});
		expect(resolveDeployment({ organisationSite: 'https://asso.github.io/catalogue', env: {} }).base).toBe('/catalogue/');
		expect(resolveDeployment({ organisationSite: 'https://formation.asso.fr/', env: {} }).base).toBe('/');
	});

	it('builds at the root without site or variable', () => {
		expect(resolveDeployment({ env: {} })).toEqual({ site: undefined, base: '/', warnings: [] });
	});

	it('lets COMMUN_BASE win, and warns in French when it disagrees with site', () => {
		const agreeing = resolveDeployment({ organisationSite: 'https://asso.github.io/catalogue/', env: { COMMUN_BASE: '/catalogue' } });
		expect(agreeing).toMatchObject({ base: '/catalogue/', warnings: [] });
		const disagreeing = resolveDeployment({ organisationSite: 'https://asso.github.io/catalogue/', env: { COMMUN_BASE: '/formations/' } });
		expect(disagreeing.base).toBe('/formations/');
		expect(disagreeing.warnings).toHaveLength(1);
		expect(disagreeing.warnings[0]).toContain('COMMUN_BASE vaut « /formations/ »');
		expect(disagreeing.warnings[0]).toContain('« /catalogue/ »');
		expect(disagreeing.warnings[0]).toContain('https://asso.github.io/formations/');
	});

	it('takes the forge’s address when site is not set', () => {
		expect(resolveDeployment({ env: { COMMUN_PAGES_URL: 'https://asso.github.io/catalogue' } })).toEqual({
			site: 'https://asso.github.io/catalogue/',
			base: '/catalogue/',
			warnings: [],
		});
		expect(resolveDeployment({ organisationSite: 'https://formation.asso.fr/', env: { COMMUN_PAGES_URL: 'https://asso.github.io/catalogue' } }).base).toBe('/');
	});

	it('writes a base with a slash at both ends', () => {
		expect(normaliseBase('catalogue')).toBe('/catalogue/');
		expect(normaliseBase('/a/b')).toBe('/a/b/');
		expect(normaliseBase('')).toBe('/');
		expect(normaliseBase('/')).toBe('/');
	});
});
