// `npm run lockfile:complete`: puts back into package-lock.json the native packages of other platforms
// that the registry did not serve. Some registry mirrors lack the newest native builds for other
// systems (macOS, Windows…); npm then leaves them out of the lock file and `npm ci` refuses it.
// Each missing optional package is added as an optional entry tagged with its system and processor,
// so that `npm ci` skips it here and installs it from the registry on the machine that needs it.
import { enableCompileCache } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { parseCommandLine } = await import('../src/cli/args.ts');
const { completeLockfile } = await import('../src/tooling/lockfile.ts');

const USAGE = 'Utilisation : npm run lockfile:complete [-- <fichier>]   (par défaut : package-lock.json)';
const parsed = parseCommandLine(process.argv.slice(2), {});
const path = 'error' in parsed ? undefined : (parsed.positionals[0] ?? 'package-lock.json');
if (path === undefined || ('positionals' in parsed && parsed.positionals.length > 1) || !existsSync(path)) {
	const problem = 'error' in parsed ? parsed.error : path && !existsSync(path) ? `fichier introuvable « ${path} »` : `argument inattendu : ${parsed.positionals[1]}`;
	console.error(`Erreur : ${problem}\n\n${USAGE}`);
	process.exit(2);
}
const { lockfile, added } = completeLockfile(JSON.parse(readFileSync(path, 'utf8')));
writeFileSync(path, `${JSON.stringify(lockfile, null, 2)}\n`);
console.log(added.length === 0 ? 'Le fichier de verrouillage est complet.' : `Paquets ajoutés : ${added.join(', ')}`);
