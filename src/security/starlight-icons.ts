// The names of Starlight's icons, which an aside (:::note{icon=…}, <Aside icon>), a card, a tab, a
// link button or <Icon name> may show. Starlight stops the build, in English, on an aside whose
// icon it does not know, and draws nothing for an unknown <Icon>; the check knows the same list.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let names: ReadonlySet<string> | undefined;

/** Starlight's own list (its components-internals/Icons.js, which its package does not export). */
export function starlightIcons(): ReadonlySet<string> {
	if (!names) {
		const require = createRequire(import.meta.url);
		const components = require.resolve('@astrojs/starlight/components');
		const { Icons } = require(join(dirname(components), 'components-internals', 'Icons.js')) as { Icons: Record<string, string> };
		names = new Set(Object.keys(Icons));
	}
	return names;
}

/** Whether `name` is one of Starlight's icons (and not a name every object has, such as "toString"). */
export function isStarlightIcon(name: string): boolean {
	return starlightIcons().has(name);
}
