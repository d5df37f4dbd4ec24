// The commons' three slide decks, read as the site lays them out: what a trainer would notice
// if a deck lost its notes, its quizzes, its programme or its attribution.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { agendaMinutes } from '../../src/model/agenda.ts';
import { loadProject } from '../../src/model/project.ts';
import { parseMarkdown } from '../../src/markdown/parse.ts';
import { readQuiz } from '../../src/markdown/quiz.ts';
import { splitSlides, type Slide } from '../../src/markdown/slides.ts';
import { walk } from '../../src/markdown/walk.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const { graph } = loadProject({ root: PROJECT_ROOT, contentDir: 'content' });

function slidesOf(id: string): Slide[] {
	const deck = graph.get('decks', id);
	if (!deck) throw new Error(`support introuvable : ${id}`);
	const parsed = parseMarkdown(readFileSync(join(PROJECT_ROOT, deck.file), 'utf8'), 'mdx');
	if ('error' in parsed) throw new Error(parsed.error.message);
	return splitSlides(parsed.tree).flatMap((part) => part.slides);
}

function quizzesOf(slides: Slide[]) {
	const found: ReturnType<typeof readQuiz>[] = [];
	for (const slide of slides) {
		for (const node of slide.children) {
			walk(node as never, (child) => {
				if (child.type === 'containerDirective' && child.name === 'quiz') found.push(readQuiz(child as Extract<RootContent, { type: 'containerDirective' }>));
			});
		}
	}
	return found;
}

const titleOf = (slide: Slide) => (slide.heading?.children ?? []).map((node) => ('value' in node ? node.value : '')).join('');

describe.each(['aidants-numeriques', 'cafe-numerique', 'posture-accompagnant'])('the deck %s', (id) => {
	it('has a programme that adds up to its length, and speaker notes on most slides', () => {
		const deck = graph.get('decks', id)!;
		expect(deck.data.agenda.length).toBeGreaterThan(2);
		expect(agendaMinutes(deck.data.agenda)).toBe(deck.data.minutes);
		const slides = slidesOf(id);
		expect(slides.length).toBeGreaterThanOrEqual(20);
		expect(slides.filter((slide) => slide.notes.length > 0).length / slides.length).toBeGreaterThan(0.4);
	});

	it('has only quizzes a participant can answer', () => {
		const readings = quizzesOf(slidesOf(id));
		expect(readings.length).toBeGreaterThan(0);
		for (const reading of readings) expect('quiz' in reading, JSON.stringify(reading)).toBe(true);
	});
});

describe('the decks of the seeds', () => {
	it('keep the training day’s version, date and chain of earlier versions', () => {
		const deck = graph.get('decks', 'aidants-numeriques')!.data;
		// Our adaptation starts from version 2.2.0 of 12 September 2025; later corrections are patches of it.
		expect(deck.changelog.find((entry) => entry.version === '2.2.0')?.date).toBe('2025-09-12');
		expect(deck.version).toMatch(/^2\.2\.\d+$/);
		expect([deck.licence, deck.modified]).toEqual(['CC-BY-SA-4.0', true]);
		expect(deck.derivedFrom.map((origin) => origin.source)[0]).toBe('Futur Composé');
		expect(deck.derivedFrom.length).toBeGreaterThanOrEqual(2);
		expect(deck.agenda.length).toBeGreaterThanOrEqual(8);
	});

	it('give the café numérique its quizzes and its “what to remember” slides', () => {
		const slides = slidesOf('cafe-numerique');
		expect(quizzesOf(slides).length).toBeGreaterThanOrEqual(8);
		expect(slides.filter((slide) => titleOf(slide) === 'Ce qu’il faut en retenir').length).toBeGreaterThanOrEqual(3);
	});

	it('walk the posture day through welcome, diagnosis, support and referral, then role play', () => {
		const parts = slidesOf('posture-accompagnant').filter((slide) => slide.heading?.depth === 1).map(titleOf);
		expect(parts).toEqual(expect.arrayContaining(['Accueillir', 'Diagnostiquer', 'Accompagner', 'Orienter', 'Mise en situation']));
	});
});
