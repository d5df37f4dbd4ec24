// One browser script of the generator (src/scripts/…) bundled with everything it imports into a
// single classic script, to be written inline in a file that must work alone: a page opened from
// file:// cannot load module scripts, and a policy can trust an inline script by its hash. The
// bundle comes from the generator's sources, never from a built page.
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const bundles = new Map<string, Promise<string>>();

/** The file of a script of src/scripts/, by its name: "offline-deck" → …/src/scripts/offline-deck.ts. */
export function generatorScript(name: string): string {
	return fileURLToPath(new URL(`../scripts/${name}.ts`, import.meta.url));
}

async function bundle(entry: string): Promise<string> {
	const output = await build({
		input: entry,
		write: false,
		platform: 'browser',
		logLevel: 'warn',
		// A build is what gets published: libraries drop their development checks.
		transform: { define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false' } },
		output: { format: 'iife', minify: true, codeSplitting: false },
	});
	const chunks = output.output.filter((item) => item.type === 'chunk');
	if (chunks.length !== 1) throw new Error(`le script « ${entry} » ne tient pas en un seul fichier (${chunks.length} morceaux)`);
	// "</script" inside a string of the bundle would end the inline element early.
	return chunks[0]!.code.replace(/<\/(script)/gi, '<\\/$1');
}

/** The bundled text of a script, built once per process. */
export function bundledScript(entry: string): Promise<string> {
	let pending = bundles.get(entry);
	if (!pending) {
		pending = bundle(entry);
		bundles.set(entry, pending);
	}
	return pending;
}
