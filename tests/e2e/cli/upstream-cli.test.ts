// `npm run upstream` between a fork and a fixture upstream commons that published new versions.
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bumpEntry } from '../../../src/authoring/bump.ts';
import { copyFixture, runScript, STACK_TRACE } from '../../helpers/cli.ts';
import { commitAll, initRepository } from '../../helpers/git-repo.ts';

let upstream: string;
let fork: string;

beforeAll(() => {
	upstream = copyFixture();
	initRepository(upstream);
	commitAll(upstream, 'the commons as the fork found it');
	fork = copyFixture();
	appendFileSync(join(fork, 'content/organisation.yaml'), 'upstream:\n  name: Atelier des fixtures\n');
	for (const id of ['decouvrir', 'proteger', 'accueillir', 'animer']) {
		expect(runScript('fork', fork, id, '--as', `${id}-local`).status).toBe(0);
	}
	// The fork adapts one module; upstream moves on after the fork: two versions of the same module,
	// one module removed, one whose header no longer reads.
	appendFileSync(join(fork, 'content/modules/decouvrir-local.mdx'), '\nUn exemple pris sur notre territoire.\n');
	const contentRoot = join(upstream, 'content');
	appendFileSync(join(contentRoot, 'modules/decouvrir.mdx'), '\nUne partie ajoutée en amont.\n');
	bumpEntry({ contentRoot, id: 'decouvrir', level: 'minor', summary: 'Une partie sur les tablettes', date: '2026-11-02' });
	bumpEntry({ contentRoot, id: 'decouvrir', level: 'patch', summary: 'Coquilles corrigées', date: '2026-11-20' });
	renameSync(join(contentRoot, 'modules/accueillir.mdx'), join(contentRoot, 'modules/accueillir-public.mdx'));
	const animer = join(contentRoot, 'modules/animer.md');
	writeFileSync(animer, readFileSync(animer, 'utf8').replace('title: Animer un atelier', 'title: [Animer un atelier'));
	commitAll(upstream, 'upstream moves on');
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
		expect(stdout).toMatch(/animer-local \(content\/modules\/animer-local\.mdx\) : adapté de « animer » version 1\.0\.0 ; l’original est illisible dans l’amont \(content\/modules\/animer\.md:\d+:\d+ [^)]+\) : impossible de dire s’il a changé/);
		expect(stdout).not.toContain('animer-local (content/modules/animer-local.mdx) : adapté de « animer » version 1.0.0 ; ce module n’existe plus');
		// Never « à jour » for the whole when one row is not.
		expect(stdout).not.toContain('Tous les modules adaptés sont à jour');
		expect(stdout.trimEnd().split('\n').at(-1)).toBe(
			'1 module en retard sur l’amont (« npm run upstream -- diff <identifiant> » montre ce qui a changé) ; 1 module dont l’original est illisible dans l’amont ; 1 module dont l’original n’existe plus dans l’amont ; 1 module à jour.',
		);
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
	it('shows what upstream changed since the adapted version, apart from the fork’s own changes', () => {
		const { status, stdout, stderr } = runScript('upstream', fork, 'diff', 'decouvrir-local', '--from', upstream);
		expect(status, stderr).toBe(0);
		const [upstreamPart = '', ownPart = ''] = stdout.split('Vos propres changements depuis cette version 1.0.0');
		expect(upstreamPart).toContain('Ce que l’amont a changé dans « decouvrir » depuis la version 1.0.0 que vous avez adaptée (il est en version 1.1.1)');
		expect(upstreamPart.split('\n')).toContain('+Une partie ajoutée en amont.');
		expect(upstreamPart.split('\n')).toContain('+version: 1.1.1');
		expect(upstreamPart).not.toContain('Un exemple pris sur notre territoire.');
		expect(upstreamPart).not.toContain('modified: true');
		expect(ownPart.split('\n')).toContain('+Un exemple pris sur notre territoire.');
		expect(ownPart.split('\n')).toContain('+modified: true');
		expect(ownPart).not.toContain('Une partie ajoutée en amont.');
	});

	it('says when upstream changed nothing, and when the original no longer reads', () => {
		const same = runScript('upstream', fork, 'diff', 'proteger-local', '--from', upstream);
		expect(same.stdout).toContain('L’amont n’a rien changé à « proteger » depuis la version 1.0.0 que vous avez adaptée.');
		const unreadable = runScript('upstream', fork, 'diff', 'animer-local', '--from', upstream);
		expect(unreadable.status).toBe(1);
		expect(unreadable.stderr).toMatch(/l’original « animer » est illisible dans l’amont \(content\/modules\/animer\.md:\d+:\d+/);
		expect(unreadable.stderr).not.toMatch(STACK_TRACE);
	});
});
