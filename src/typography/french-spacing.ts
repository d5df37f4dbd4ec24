// French spacing in a run of text: a narrow no-break space before « ; ! ? » and inside « », a
// no-break space before « : ». Only spaces already typed are replaced (a glued « ? » may belong to
// an address: « /?q= »); inside guillemets, a missing space is added, as no address holds them.

/** U+202F, espace fine insécable. */
export const NARROW_NO_BREAK_SPACE = '\u202F';
/** U+00A0, espace insécable. */
export const NO_BREAK_SPACE = '\u00A0';

/** Spaces a browser would break a line at, and the no-break ones typed by hand (kept, made right). */
const SPACES = '[ \\t\\n\\r\\f\\u00A0\\u202F\\u2009]';
const BEFORE_HIGH_PUNCTUATION = new RegExp(`${SPACES}+([;!?])`, 'g');
const BEFORE_COLON = new RegExp(`${SPACES}+:`, 'g');
const AFTER_OPENING_GUILLEMET = new RegExp(`«${SPACES}*`, 'g');
const BEFORE_CLOSING_GUILLEMET = new RegExp(`${SPACES}*»`, 'g');
/** Characters whose presence lets the common case (nothing to do) return at once. */
const TRIGGERS = /[;!?:«»]/;

export function frenchSpacing(text: string): string {
	if (!TRIGGERS.test(text)) return text;
	return text
		.replace(BEFORE_HIGH_PUNCTUATION, `${NARROW_NO_BREAK_SPACE}$1`)
		.replace(BEFORE_COLON, `${NO_BREAK_SPACE}:`)
		.replace(AFTER_OPENING_GUILLEMET, `«${NARROW_NO_BREAK_SPACE}`)
		.replace(BEFORE_CLOSING_GUILLEMET, `${NARROW_NO_BREAK_SPACE}»`);
}
