// Laying cards out on A4 sheets for double-sided printing: fronts on one sheet, backs on the next,
// each back at the mirrored place of its front so that the sheet turned over its long edge puts
// every back behind its own front. Sizes in millimetres; print.css holds the same grid.

export const CARD_GRID = {
	pageWidth: 210,
	pageHeight: 297,
	columns: 2,
	rows: 2,
	cardWidth: 90,
	cardHeight: 130,
	gap: 10,
	left: 10,
	top: 13.5,
} as const;

export const CARDS_PER_SHEET = CARD_GRID.columns * CARD_GRID.rows;

export interface CardSheet<T> {
	side: 'front' | 'back';
	/** One slot per place on the sheet, row by row; undefined where the sheet has no card. */
	slots: (T | undefined)[];
}

/** Fronts then mirrored backs, sheet after sheet. */
export function cardSheets<T>(items: readonly T[]): CardSheet<T>[] {
	const { columns } = CARD_GRID;
	const sheets: CardSheet<T>[] = [];
	for (let start = 0; start < items.length; start += CARDS_PER_SHEET) {
		const front = Array.from({ length: CARDS_PER_SHEET }, (_, index) => items[start + index]);
		const back = Array.from({ length: CARDS_PER_SHEET }, (_, index) => {
			const row = Math.floor(index / columns);
			const column = index % columns;
			return front[row * columns + (columns - 1 - column)];
		});
		sheets.push({ side: 'front', slots: front }, { side: 'back', slots: back });
	}
	return sheets;
}

/** Cut marks: short lines in the margins and gutters, in line with every card edge, never over a card. */
export function cutMarkLines(): { x1: number; y1: number; x2: number; y2: number }[] {
	const { columns, rows, cardWidth, cardHeight, gap, left, top } = CARD_GRID;
	const xs: number[] = [];
	const ys: number[] = [];
	for (let column = 0; column < columns; column++) xs.push(left + column * (cardWidth + gap), left + column * (cardWidth + gap) + cardWidth);
	for (let row = 0; row < rows; row++) ys.push(top + row * (cardHeight + gap), top + row * (cardHeight + gap) + cardHeight);
	const length = 4;
	const offset = 1;
	const lines: { x1: number; y1: number; x2: number; y2: number }[] = [];
	for (const x of xs) {
		for (const y of ys) {
			const isTop = ys.indexOf(y) % 2 === 0;
			const isLeft = xs.indexOf(x) % 2 === 0;
			// Vertical mark above a top edge or below a bottom edge, horizontal mark beside a left or right edge.
			const vy = isTop ? y - offset : y + offset;
			lines.push({ x1: x, y1: vy, x2: x, y2: isTop ? vy - length : vy + length });
			const hx = isLeft ? x - offset : x + offset;
			lines.push({ x1: hx, y1: y, x2: isLeft ? hx - length : hx + length, y2: y });
		}
	}
	return lines;
}
