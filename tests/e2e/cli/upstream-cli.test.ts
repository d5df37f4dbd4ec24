// `npm run upstream` between a fork and a fixture upstream commons that published new versions.
import { appendFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bumpEntry } from '../../../src/authoring/bump.ts';
import { copyFixture, runScript, STACK_TRACE } from '../../helpers/cli.ts';
import { commitAll, initRepository } from '../../helpers/git-repo.ts';

let upstream: string;
let fork: string;

beforeAll(() => {
	upstream = copyFixture();
	fork = copyFixture();
	for (const id of ['decouvrir', 'proteger', 'accueillir']) {
		expect(runScript('fork', fork, id, '--as', `${id}-local`).status).toBe(0);
	}
	// Upstream moves on after the fork: two versions of one module, one module removed.
	const contentRoot = join(upstream, 'content');
	appendFileSync(join(contentRoot, 'modules/decouvrir.mdx'), '\nUne partie ajoutée en amont.\n');
	bumpEntry({ contentRoot, id: 'decouvrir', level: 'minor', summary: 'Une partie sur les tablettes', date: '2026-11-02' });
	bumpEntry({ contentRoot, id: 'decouvrir', level: 'patch', summary: 'Coquilles corrigées', date: '2026-11-20' });
	renameSync(join(contentRoot, 'modules/accueillir.mdx'), join(contentRoot, 'modules/accueillir-public.mdx'));
	initRepository(upstream);
	commitAll(upstream, 'upstream');
});

describe('npm run upstream -- status', () => {
	it('lists, per adapted module, the upstream versions published since its original, with their changelog lines', () => {
		const { status, stdout, stderr } = runScript('upstream', fork, 'status', '--from', upstream);
		expect(status, stderr).toBe(0);
		const lines = stdout.split('\n');
		const at = lines.findIndex((line) => line.startsWith('decouvrir-local (content/modules/decouvrir-local.mdx) : adapté de « decouvrir » version 1.0.0 ;'));
		expect(at).toBeGreaterThan(-1);
		expect(lines[at]).toContain('jusqu’à la 1.1.1');
		expect(lines.slice(at + 1, at + 3)).toEqual(['    1.1.0 (2026-11-02) : Une partie sur les tablettes', '    1.1.1 (2026-11-20) : Coquilles corrigées']);
		expect(stdout).toContain('proteger-local (content/modules/proteger-local.mdx) : adapté de « proteger » version 1.0.0 ; à jour');
		expect(stdout).toContain('accueillir-local (content/modules/accueillir-local.mdx) : adapté de « accueillir » version 1.0.0 ; ce module n’existe plus dans l’amont');
		expect(stdout).toContain('1 module en retard sur l’amont');
	});

	it('reads the upstream from a git address as well as from a folder', () => {
		const { status, stdout } = runScript('upstream', fork, 'status', '--from', `file://${upstream}`);
		expect(status).toBe(0);
		expect(stdout).toContain('    1.1.1 (2026-11-20) : Coquilles corrigées');
	});

	it('says in French where to name the upstream when nothing says it', () => {
		const { status, stderr } = runScript('upstream', fork, 'status');
		expect(status).toBe(2);
		expect(stderr).toContain('indiquez le commun d’origine : --from');
		const absent = runScript('upstream', fork, 'status', '--from', join(fork, 'nulle-part'));
		expect(absent.status).toBe(1);
		expect(absent.stderr).toContain('amont introuvable');
		expect(`${stderr}${absent.stderr}`).not.toMatch(STACK_TRACE);
	});
});

describe('npm run upstream -- diff', () => {
	it('shows what differs between the upstream original and the adapted module', () => {
		const { status, stdout } = runScript('upstream', fork, 'diff', 'decouvrir-local', '--from', upstream);
		expect(status).toBe(0);
		expect(stdout).toContain('--- amont/content/modules/decouvrir.mdx\tversion 1.1.1 de l’amont');
		expect(stdout).toContain('+++ content/modules/decouvrir-local.mdx\tvotre version 1.0.0, adaptée de la 1.0.0');
		expect(stdout.split('\n')).toContain('-Une partie ajoutée en amont.');
		expect(stdout.split('\n')).toContain('+modified: true');
	});
});
