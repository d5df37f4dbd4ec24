// Each module's SCORM 1.2 package (dist/scorm/<id>.zip) as a learning platform plays it: its
// manifest valid against the SCORM 1.2 schemas, and its SCO inside a test page that provides the
// SCORM 1.2 API through a real runtime library (scorm-again), the way Moodle frames a package. The
// quizzes answered right then wrong give « passed » with the right score, then « failed »; a new
// session picks up from suspend_data; the only address the package ever asks for is its own page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../../helpers/browser.ts';
import { licenceLabel } from '../../../src/model/licences.ts';
import { scormPackagePath } from '../../../src/offline/routes.ts';
import { MASTERY_SCORE, SCHEMA_FILES, SCO_FILE } from '../../../src/scorm/manifest.ts';
import { scormQuizCount } from '../../../src/scorm/quizzes.ts';
import { moduleLabel } from '../../../src/site/labels.ts';
import { packageFiles, validateManifest } from '../../helpers/scorm.ts';
import { siteGraph, useBuiltSite } from '../../helpers/sites.ts';

const graph = siteGraph('fixture');
const site = useBuiltSite('fixture');
const moduleIds = [...graph.byCollection.modules.keys()].sort();
const RUNTIME = readFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12'), 'utf8');

/** The platform's address in the test: the package is served below it, as Moodle serves its files. */
const LMS = 'https://lms.test';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The platform's page: the SCORM 1.2 API on window.API, loaded with what an earlier session saved, then the SCO in a frame. */
const PLAYER = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Plateforme d’essai</title>
<script src="/scorm-again.js"></script>
<script>
	window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
	if (window.savedSession) window.API.loadFromFlattenedJSON(window.savedSession);
	// What the SCO wrote last to each element, write-only ones included, and whether it ended its session.
	window.written = {};
	window.API.on('LMSSetValue.cmi.*', (element, value) => { window.written[element] = value; });
	window.API.on('LMSFinish', () => { window.finished = true; });
</script></head>
<body><iframe id="sco" title="Module" src="/package/${SCO_FILE}" style="width: 1000px; height: 700px"></iframe></body></html>`;

interface Platform {
	context: BrowserContext;
	page: Page;
	sco: Frame;
	/** Addresses the package's frame asked for. */
	requests: string[];
	errors: string[];
}

/** Opens the package of `id` in the test platform, with `saved` as the platform's memory of an earlier session. */
async function play(id: string, saved?: Record<string, string>): Promise<Platform> {
	const files = packageFiles(join(site().outDir, scormPackagePath(id)));
	const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
	const requests: string[] = [];
	const errors: string[] = [];
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== LMS) return route.abort();
		if (url.pathname === '/player.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PLAYER });
		if (url.pathname === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: RUNTIME });
		const file = url.pathname.startsWith('/package/') ? files.get(url.pathname.slice('/package/'.length)) : undefined;
		if (!file) return route.fulfill({ status: 404, body: '' });
		return route.fulfill({ contentType: 'text/html; charset=utf-8', body: Buffer.from(file) });
	});
	const page = await context.newPage();
	if (saved) await page.addInitScript((session) => Object.assign(window, { savedSession: session }), saved);
	page.on('request', (request) => {
		if (request.frame() !== page.mainFrame() && !request.url().startsWith('data:')) requests.push(request.url());
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${LMS}/player.html`);
	const sco = page.frame({ url: `${LMS}/package/${SCO_FILE}` })!;
	await sco.waitForSelector('html[data-sco-ready="true"]');
	return { context, page, sco, requests, errors };
}

/** What the platform recorded: the runtime's data model, read directly. */
function recorded(page: Page, element: string): Promise<string> {
	return page.evaluate((path) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], (window as unknown as { API: unknown }).API) as string, element);
}

async function answer(sco: Frame, quiz: number, labels: string[]): Promise<void> {
	const fieldset = sco.locator('fieldset.cf-quiz').nth(quiz);
	for (const label of labels) await fieldset.getByLabel(label, { exact: true }).check();
	await fieldset.getByRole('button', { name: 'Valider ma réponse' }).click();
	await expect.poll(() => fieldset.evaluate((node) => node.classList.contains('cf-quiz--shown'))).toBe(true);
}

describe('the SCORM package of a module', () => {
	it.each(moduleIds)('%s holds its manifest at the root, valid against the SCORM 1.2 schemas, with its title, version and licence', (id) => {
		const module = graph.get('modules', id)!;
		const files = packageFiles(join(site().outDir, scormPackagePath(id)));
		expect([...files.keys()].sort()).toEqual(['imsmanifest.xml', SCO_FILE, ...SCHEMA_FILES].sort());
		const manifest = new TextDecoder().decode(files.get('imsmanifest.xml'));
		const validation = validateManifest(manifest);
		expect(validation.output).toContain('validates');
		expect(validation.valid).toBe(true);
		expect(manifest).toContain(`version="${module.data.version}"`);
		expect(manifest).toContain(`<title>${moduleLabel(module)}</title>`);
		expect(manifest).toContain(`Licence ${licenceLabel(module.data.licence)}`);
		expect(manifest.includes('<adlcp:masteryscore>')).toBe(scormQuizCount(graph, module) > 0);
	});

	it.each(moduleIds)('%s is offered for download on its module page', (id) => {
		const page = readFileSync(join(site().outDir, 'modules', id, 'index.html'), 'utf8');
		expect(page).toMatch(new RegExp(`<a href="${scormPackagePath(id).replace(/\./g, '\\.')}" download[^>]*>Paquet SCORM de ce module</a>`));
	});

	it('reports passed with the score of the quizzes answered right, then failed once answered wrong, and resumes from suspend_data', async () => {
		const module = graph.get('modules', 'securite')!;
		const first = await play(module.id);
		const { page, sco } = first;
		expect(await sco.locator('h1').textContent()).toBe(moduleLabel(module));
		expect(await sco.locator('fieldset.cf-quiz').count()).toBe(scormQuizCount(graph, module));
		expect(await recorded(page, 'cmi.core.lesson_status')).toBe('incomplete');

		await answer(sco, 0, ['Bleu']);
		expect(await recorded(page, 'cmi.core.lesson_status')).toBe('incomplete');
		await answer(sco, 1, ['Pomme', 'Poire']);
		expect(await recorded(page, 'cmi.core.lesson_status')).toBe('passed');
		expect(await recorded(page, 'cmi.core.score.raw')).toBe('100');
		expect(await recorded(page, 'cmi.core.score.min')).toBe('0');
		expect(await recorded(page, 'cmi.core.score.max')).toBe('100');
		expect(await sco.getByRole('status').first().textContent()).toContain('100 % de bonnes réponses (2 sur 2) : validé.');

		// The button sits at the end of the sheet: the sheet has been read, the quiz is to answer again.
		await sco.getByRole('button', { name: 'Recommencer le quiz' }).click();
		expect(await recorded(page, 'cmi.core.lesson_status')).toBe('completed');
		expect(await sco.locator('fieldset.cf-quiz--shown').count()).toBe(0);
		await answer(sco, 0, ['Vert']);
		await answer(sco, 1, ['Pomme', 'Poire']);
		expect(await recorded(page, 'cmi.core.lesson_status')).toBe('failed');
		expect(await recorded(page, 'cmi.core.score.raw')).toBe('50');
		expect(Number(await recorded(page, 'cmi.core.score.raw'))).toBeLessThan(MASTERY_SCORE);

		// The learner leaves: the SCO ends its session, and the platform keeps what it needs to resume.
		await page.evaluate(() => document.getElementById('sco')!.remove());
		const session = await page.evaluate(() => {
			const platform = window as unknown as { written: Record<string, string>; finished?: boolean };
			return { written: platform.written, finished: platform.finished };
		});
		expect(session.finished).toBe(true);
		expect(session.written['cmi.core.exit']).toBe('suspend');
		expect(session.written['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
		const saved = {
			'cmi.core.entry': 'resume',
			'cmi.core.lesson_status': await recorded(page, 'cmi.core.lesson_status'),
			'cmi.suspend_data': await recorded(page, 'cmi.suspend_data'),
		};
		expect(saved['cmi.suspend_data']).not.toBe('');
		expect(first.errors).toEqual([]);
		expect(first.requests).toEqual([`${LMS}/package/${SCO_FILE}`]);
		await first.context.close();

		const second = await play(module.id, saved);
		const wrong = second.sco.locator('fieldset.cf-quiz').nth(0);
		expect(await wrong.getByLabel('Vert', { exact: true }).isChecked()).toBe(true);
		expect(await wrong.getByLabel('Vert', { exact: true }).isDisabled()).toBe(true);
		expect(await wrong.locator('.cf-quiz__answer').isVisible()).toBe(true);
		expect(await second.sco.locator('fieldset.cf-quiz').nth(1).getByLabel('Poire').isChecked()).toBe(true);
		expect(await recorded(second.page, 'cmi.core.lesson_status')).toBe('failed');
		expect(await recorded(second.page, 'cmi.core.score.raw')).toBe('50');
		expect(second.errors).toEqual([]);
		expect(second.requests).toEqual([`${LMS}/package/${SCO_FILE}`]);
		await second.context.close();
	});

	it('keeps the keyboard on the question answered: the verdict takes the focus, and Tab goes on to the next question', async () => {
		const played = await play('securite');
		const { sco } = played;
		const first = sco.locator('fieldset.cf-quiz').nth(0);
		await first.getByLabel('Bleu', { exact: true }).focus();
		await sco.page().keyboard.press('Space');
		await sco.page().keyboard.press('Tab');
		expect(await sco.evaluate(() => document.activeElement?.textContent)).toBe('Valider ma réponse');
		await sco.page().keyboard.press('Enter');
		await expect.poll(() => first.evaluate((node) => node.classList.contains('cf-quiz--shown'))).toBe(true);
		const focused = () => sco.evaluate(() => ({ text: document.activeElement?.textContent ?? '', quiz: [...document.querySelectorAll('fieldset.cf-quiz')].findIndex((quiz) => quiz.contains(document.activeElement)) }));
		expect(await focused()).toEqual({ text: expect.stringMatching(/^Bonne réponse ! /), quiz: 0 });
		expect(await sco.locator('fieldset.cf-quiz').nth(0).locator('.cf-quiz__status').evaluate((node) => node.matches(':focus-visible'))).toBe(true);
		await sco.page().keyboard.press('Tab');
		expect((await focused()).quiz).toBe(1);
		expect(played.errors).toEqual([]);
		await played.context.close();
	});

	it('reports completed once a sheet without quiz has been read to its end', async () => {
		const id = moduleIds.find((candidate) => scormQuizCount(graph, graph.get('modules', candidate)!) === 0)!;
		const { context, page, sco, requests } = await play(id);
		expect(await recorded(page, 'cmi.core.lesson_status')).toBe('incomplete');
		await sco.locator('[data-sco-end]').scrollIntoViewIfNeeded();
		await expect.poll(() => recorded(page, 'cmi.core.lesson_status')).toBe('completed');
		expect(requests).toEqual([`${LMS}/package/${SCO_FILE}`]);
		await context.close();
	});

	it('counts the quiz written in the module sheet itself', async () => {
		const { context, page, sco } = await play('outils');
		expect(await sco.locator('fieldset.cf-quiz').count()).toBe(1);
		await answer(sco, 0, ['Quatre']);
		expect(await recorded(page, 'cmi.core.lesson_status')).toBe('passed');
		expect(await recorded(page, 'cmi.core.score.raw')).toBe('100');
		await context.close();
	});
});
