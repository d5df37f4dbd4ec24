// Small, surgical edits of a content file's YAML header: only the values that change are rewritten,
// so the rest of the header (comments, quotes, spacing, list styles) stays as its author wrote it.
// The yaml library finds where each value is; we splice new text at those places.
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, stringify, YAMLMap, type YAMLSeq } from 'yaml';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { AuthoringError } from './errors.ts';

interface Splice {
	start: number;
	end: number;
	text: string;
}

/** A header open for editing; `apply()` returns the whole file with the edits made. */
export class FrontmatterEditor {
	readonly document: Document;
	private readonly yaml: string;
	private readonly before: string;
	private readonly after: string;
	private readonly splices: Splice[] = [];
	private appended = '';

	constructor(fileText: string, fileName: string) {
		const split = splitFrontmatter(fileText);
		if (split.kind !== 'ok') throw new AuthoringError(`${fileName} : en-tête illisible (il doit commencer et finir par une ligne « --- »)`);
		this.before = fileText.slice(0, split.yamlOffset);
		this.yaml = split.yaml;
		this.after = fileText.slice(split.yamlOffset + split.yaml.length);
		this.document = parseDocument(this.yaml);
		if (this.document.errors.length > 0 || !isMap(this.document.contents)) {
			throw new AuthoringError(`${fileName} : en-tête YAML invalide ; lancez « npm run check » pour voir où`);
		}
	}

	get(key: string): unknown {
		return this.document.get(key, true);
	}

	/** Replaces a top-level scalar keeping its quotes, or adds the field at the end of the header. */
	setScalar(key: string, value: string | boolean): void {
		const node = this.document.get(key, true);
		if (isScalar(node) && node.range) {
			this.splices.push({ start: node.range[0], end: node.range[1], text: scalarText(value, node.type) });
		} else if (node === undefined) {
			this.appended += `${key}: ${scalarText(value, Scalar.PLAIN)}\n`;
		} else {
			throw new AuthoringError(`le champ « ${key} » n’a pas la forme attendue (une valeur simple)`);
		}
	}

	/** Adds an item at the end of a top-level list, in the style of the list's last item. */
	appendToList(key: string, item: Record<string, string>): void {
		const node = this.document.get(key, true);
		if (node === undefined) {
			this.appended += `${key}:\n${blockItem(item, '  - ')}`;
			return;
		}
		if (!isSeq(node) || !node.range) throw new AuthoringError(`le champ « ${key} » n’est pas une liste`);
		if (node.flow) {
			this.appendToFlowList(node, item);
			return;
		}
		const last = node.items.at(-1) as { range?: [number, number, number]; flow?: boolean } | undefined;
		const lastRange = last?.range;
		if (!lastRange) throw new AuthoringError(`le champ « ${key} » n’a pas la forme attendue`);
		const lineStart = this.yaml.lastIndexOf('\n', lastRange[0] - 1) + 1;
		const prefix = this.yaml.slice(lineStart, lastRange[0]);
		const insertAt = endOfLine(this.yaml, lastRange[1]);
		const text = last.flow ? `${prefix}${flowItem(item, this.yaml.slice(lastRange[0], lastRange[0] + 2) === '{ ')}\n` : blockItem(item, prefix);
		this.splices.push({ start: insertAt, end: insertAt, text: insertAt === this.yaml.length && !this.yaml.endsWith('\n') ? `\n${text}` : text });
	}

	private appendToFlowList(node: YAMLSeq, item: Record<string, string>): void {
		const [start, end] = node.range!;
		const closing = this.yaml.lastIndexOf(']', end);
		if (closing < start) throw new AuthoringError('liste entre crochets illisible');
		const padded = this.yaml.slice(start, start + 2) === '[ ';
		const empty = node.items.length === 0;
		const before = this.yaml.slice(start + 1, closing).trimEnd();
		const text = `${empty ? '' : ', '}${flowItem(item, padded)}${padded ? ' ' : ''}`;
		this.splices.push({ start: start + 1 + before.length, end: closing, text });
	}

	/**
	 * Writes one top-level field again from its node, after the caller changed it in `document`
	 * (removed a list item, a key): that field is written by the yaml library in the style it had
	 * (flow or block, padded brackets or not), every other field stays as its author wrote it.
	 */
	rewriteField(key: string): void {
		const contents = this.document.contents as YAMLMap;
		const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key);
		const keyRange = (pair?.key as Scalar | undefined)?.range;
		const value = pair?.value as { range?: [number, number, number] } | null | undefined;
		if (!pair || !keyRange || !value?.range) throw new AuthoringError(`le champ « ${key} » est introuvable dans l’en-tête`);
		let end = value.range[1];
		while (end > keyRange[0] && /\s/.test(this.yaml[end - 1]!)) end--;
		const original = this.yaml.slice(keyRange[0], end);
		const single = new Document();
		const map = new YAMLMap();
		map.items.push(new Pair(pair.key, pair.value));
		single.contents = map;
		const text = single.toString({ lineWidth: 0, flowCollectionPadding: /[[{] /.test(original) }).trimEnd();
		this.splices.push({ start: keyRange[0], end, text });
	}

	/** The file with every edit made. */
	apply(): string {
		let yaml = this.yaml;
		for (const splice of [...this.splices].sort((a, b) => b.start - a.start)) {
			yaml = yaml.slice(0, splice.start) + splice.text + yaml.slice(splice.end);
		}
		if (this.appended) yaml = `${yaml}${yaml.endsWith('\n') || yaml === '' ? '' : '\n'}${this.appended}`;
		return `${this.before}${yaml}${this.after}`;
	}
}

function endOfLine(text: string, offset: number): number {
	let position = offset;
	while (position > 0 && /\s/.test(text[position - 1]!)) position--;
	const newline = text.indexOf('\n', position);
	return newline === -1 ? text.length : newline + 1;
}

function scalarText(value: string | boolean, type: Scalar['type']): string {
	if (typeof value === 'boolean') return String(value);
	if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
	if (type === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`;
	return plainOrQuoted(value);
}

/** A value as YAML writes it on one line: plain when that reads back the same, quoted otherwise. */
function plainOrQuoted(value: string): string {
	const text = stringify(value, { lineWidth: 0 }).trimEnd();
	return text.includes('\n') ? JSON.stringify(value) : text;
}

/** `{ version: 1.0.1, date: 2026-12-02, summary: "…" }`; in flow style, text is always quoted. */
function flowItem(item: Record<string, string>, padded: boolean): string {
	const fields = Object.entries(item).map(([key, value]) => `${key}: ${key === 'summary' ? JSON.stringify(value) : plainOrQuoted(value)}`);
	return padded ? `{ ${fields.join(', ')} }` : `{${fields.join(', ')}}`;
}

/** "  - version: 1.0.1\n    date: …\n" with the list's own indentation. */
function blockItem(item: Record<string, string>, prefix: string): string {
	const indent = ' '.repeat(prefix.length);
	return Object.entries(item)
		.map(([key, value], index) => `${index === 0 ? prefix : indent}${key}: ${plainOrQuoted(value)}\n`)
		.join('');
}
