// How numbers of the model are written for French readers.

/** 7 → "7 h", 3.5 → "3 h 30", 0.75 → "45 min". */
export function formatHours(hours: number): string {
	const totalMinutes = Math.round(hours * 60);
	const h = Math.floor(totalMinutes / 60);
	const m = totalMinutes % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** 90 → "1 h 30", 45 → "45 min". */
export function formatMinutes(minutes: number): string {
	return formatHours(minutes / 60);
}

// Creating an Intl formatter costs far more than using one: a build formats dates on every page.
const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** "2025-09-12" → "12 septembre 2025". */
export function formatDate(isoDate: string): string {
	return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Joins names the French way: "a, b et c". */
export function joinFrench(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** A count with its noun in the right number: (1, 'PDF imprimé', 'PDF imprimés') → "1 PDF imprimé". */
export function countOf(count: number, singular: string, plural: string): string {
	return `${count} ${count > 1 ? plural : singular}`;
}
