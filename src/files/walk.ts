// Listing the files of a built site, without recursion limits or a glob library.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root` whose name ends with one of `extensions`, as absolute paths, sorted. */
export function filesUnder(root: string, extensions: readonly string[]): string[] {
	const found: string[] = [];
	const pending = [root];
	while (pending.length > 0) {
		const dir = pending.pop()!;
		for (const item of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, item.name);
			if (item.isDirectory()) pending.push(path);
			else if (extensions.some((extension) => item.name.endsWith(extension))) found.push(path);
		}
	}
	return found.sort();
}
