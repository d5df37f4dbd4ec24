// A list item indented deeper than the one before it does not start a new item: YAML reads it as
// the rest of the previous item's text (« Premier objectif - Second objectif »). Found here, with
// the place of the dash that was meant to start an item.
import { isScalar, parseDocument, visit } from 'yaml';

export interface MergedListItem {
	/** Offset, in the YAML text, of the "-" that YAML took as text. */
	offset: number;
	/** The words after that dash, as the contributor wrote them. */
	text: string;
}

/** A list item line followed by a deeper one: the only shape in which an item can swallow the next. */
const DEEPER_DASH = /\n( *)- [^\n]*\n\1 +- /;

export function mergedListItems(yamlText: string): MergedListItem[] {
	if (!DEEPER_DASH.test(`\n${yamlText}`)) return [];
	const found: MergedListItem[] = [];
	visit(parseDocument(yamlText), {
		Seq(_key, seq) {
			for (const item of seq.items) {
				if (!isScalar(item) || item.type !== 'PLAIN' || !item.range) continue;
				const raw = yamlText.slice(item.range[0], item.range[1]);
				const dash = /\n[ \t]*(- )(.*)/.exec(raw);
				if (!dash) continue;
				found.push({ offset: item.range[0] + dash.index + dash[0].indexOf('- '), text: dash[2]!.trim() });
			}
		},
	});
	return found;
}
