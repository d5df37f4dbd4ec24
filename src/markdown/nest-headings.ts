// Module bodies hold the sheet's "Contenus": their "##" parts are shown one level down, under that heading.
import { fileURLToPath } from 'node:url';
import type { MdastPluginInstance, PluginFactoryContext } from 'satteri';

/** Lowers every heading by one level in files under one of `folders` (absolute paths). */
export function nestHeadings(folders: readonly string[]) {
	const plugin: MdastPluginInstance & { name: string } = {
		name: 'commun-formation-nest-headings',
		heading(node) {
			return { ...node, depth: Math.min(node.depth + 1, 6) as 1 | 2 | 3 | 4 | 5 | 6 };
		},
	};
	return ({ fileURL }: PluginFactoryContext) => {
		if (!fileURL) return null;
		const path = fileURLToPath(fileURL);
		return folders.some((folder) => path.startsWith(folder)) ? plugin : null;
	};
}
