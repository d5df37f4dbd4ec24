// "Did you mean…": the closest known name to a misspelt one.

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Edit distance counting a swap of two neighbouring letters as one edit. */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			}
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * The known name closest to `wanted`, or undefined when none is close enough to be a typo.
 * A name that starts or ends like `wanted` (a truncated id) also counts as close.
 */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
	const target = fold(wanted);
	let best: string | undefined;
	let bestScore = Number.POSITIVE_INFINITY;
	for (const candidate of known) {
		const folded = fold(candidate);
		if (folded === target) return candidate;
		const distance = editDistance(target, folded);
		const allowed = Math.max(2, Math.floor(Math.max(target.length, folded.length) / 3));
		const prefix = target.length >= 4 && (folded.startsWith(target) || target.startsWith(folded));
		const score = prefix ? Math.min(distance, 1.5) : distance;
		if ((distance <= allowed || prefix) && score < bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best;
}
