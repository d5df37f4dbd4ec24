// The image of the badges of a section's modules: a round SVG with the section's position and title,
// drawn at build time from the model (no image to maintain, nothing loaded from elsewhere).
import { escapeHtmlText } from '../security/escape.ts';

/** Cuts a title into lines of about `width` characters, at spaces, at most `max` lines. */
function lines(text: string, width: number, max: number): string[] {
	const result: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/)) {
		if (current && `${current} ${word}`.length > width) {
			result.push(current);
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) result.push(current);
	return result.length > max ? [...result.slice(0, max - 1), `${result.slice(max - 1).join(' ').slice(0, width - 1)}…`] : result;
}

export function sectionBadgeSvg(order: number, title: string): string {
	const titleLines = lines(title, 16, 3);
	const top = 128 - (titleLines.length - 1) * 11;
	const text = titleLines
		.map((line, index) => `<text x="128" y="${top + index * 22}" font-size="18" text-anchor="middle" fill="#ffffff">${escapeHtmlText(line)}</text>`)
		.join('');
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256" role="img">',
		`<title>${escapeHtmlText(title)}</title>`,
		'<circle cx="128" cy="128" r="124" fill="#1d3b6f"/>',
		'<circle cx="128" cy="128" r="108" fill="none" stroke="#f2b705" stroke-width="6"/>',
		`<text x="128" y="78" font-size="34" font-weight="bold" text-anchor="middle" fill="#f2b705">${order}</text>`,
		text,
		'</svg>',
	].join('');
}
