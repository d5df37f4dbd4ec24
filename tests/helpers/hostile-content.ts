// A content folder turned hostile: markup that would break out of a <title>, a <style>, a <script>
// or an attribute, appended to every free-text field of every header, and to every module's body
// (the site the escaping tests read).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export const PAYLOAD = `</title></style></script><script>pwned()</script>"><img data-pwned src=x>'><img data-pwned src=x>`;

/**
 * Fields that hold free text, wherever they sit in a header. Keywords are left out: the schema
 * refuses one longer than 60 characters, longer than the payload leaves room for.
 */
const TEXT_FIELDS = new Set(['title', 'summary', 'name', 'shortName', 'tagline', 'description', 'audience', 'objectives', 'city', 'situation', 'note']);

function poison(node: Node | null | undefined, key?: string): void {
	if (isMap(node)) for (const pair of node.items) poison(pair.value as Node, isScalar(pair.key) ? String(pair.key.value) : undefined);
	else if (isSeq(node)) for (const item of node.items) poison(item as Node, key);
	else if (isScalar(node) && typeof node.value === 'string' && key && TEXT_FIELDS.has(key)) node.value = `${node.value} ${PAYLOAD}`;
}

/**
 * Text a module's body may hold that reaches its print and SCORM pages: a code span holding
 * ` href="` followed by a link whose title holds markup (a regular expression over the rendered
 * HTML once read from that quote to the title's and put an <img> in the page).
 */
export const BODY_PAYLOAD = '\n\nUn attribut `x href="` en exemple, puis [un lien](https://exemple.net/ "<img data-pwned src=x>").\n';

/** Rewrites a YAML file, or the header of a Markdown file, with the payload in every text field. */
function poisonFile(file: string): void {
	const text = readFileSync(file, 'utf8');
	const yamlFile = file.endsWith('.yaml');
	const [, header, body] = yamlFile ? [undefined, text, ''] : (/^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? []);
	if (header === undefined) return;
	const document = parseDocument(header);
	poison(document.contents as Node);
	const poisonedBody = /(^|[\\/])modules[\\/][^\\/]+\.mdx?$/.test(file) ? `${body}${BODY_PAYLOAD}` : body;
	writeFileSync(file, yamlFile ? String(document) : `---\n${String(document)}---\n${poisonedBody}`);
}

/** Puts the payload in every text field of every header under `contentRoot`. */
export function poisonContent(contentRoot: string): void {
	for (const file of readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })) {
		if (/\.(ya?ml|mdx?)$/.test(file)) poisonFile(join(contentRoot, file));
	}
}
