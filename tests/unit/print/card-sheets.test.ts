import { describe, expect, it } from 'vitest';
import { CARD_GRID, cardSheets, cutMarkLines } from '../../../src/print/card-sheets.ts';

describe('persona card sheets', () => {
	it('puts each back at the mirrored place of its front, sheet after sheet', () => {
		const sheets = cardSheets(['a', 'b', 'c', 'd', 'e']);
		expect(sheets.map((sheet) => [sheet.side, sheet.slots])).toEqual([
			['front', ['a', 'b', 'c', 'd']],
			['back', ['b', 'a', 'd', 'c']],
			['front', ['e', undefined, undefined, undefined]],
			['back', [undefined, 'e', undefined, undefined]],
		]);
	});

	it('draws cut marks in line with card edges, never over a card', () => {
		const { columns, rows, cardWidth, cardHeight, gap, left, top } = CARD_GRID;
		const inside = (x: number, y: number) =>
			Array.from({ length: columns * rows }).some((_, index) => {
				const x0 = left + (index % columns) * (cardWidth + gap);
				const y0 = top + Math.floor(index / columns) * (cardHeight + gap);
				return x > x0 && x < x0 + cardWidth && y > y0 && y < y0 + cardHeight;
			});
		const lines = cutMarkLines();
		expect(lines).toHaveLength(columns * 2 * rows * 2 * 2);
		for (const line of lines) {
			expect(inside(line.x1, line.y1) || inside(line.x2, line.y2), JSON.stringify(line)).toBe(false);
			expect(line.x1 === line.x2 || line.y1 === line.y2).toBe(true);
		}
	});
});
