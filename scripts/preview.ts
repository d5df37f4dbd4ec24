// `npm run preview`: serves dist/ as it will be published, under the base path it was built for
// (read from its build record), on http://localhost:4321/. `-- --port <n>`, `-- --outDir <folder>`.
import { enableCompileCache } from 'node:module';

// Compiled modules are kept between runs (scripts/check.ts says why); the imports follow it.
enableCompileCache?.();
const { parseCommandLine } = await import('../src/cli/args.ts');
const { readBuildRecord } = await import('../src/build/record.ts');
const { serveDirectory } = await import('../src/server/static-server.ts');

const USAGE = 'Utilisation : npm run preview [-- --port <numéro>] [-- --outDir <dossier>]';
const parsed = parseCommandLine(process.argv.slice(2), { outDir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } });
if ('error' in parsed) {
	console.error(`Erreur : ${parsed.error}\n\n${USAGE}`);
	process.exit(2);
}
const { outDir, port } = parsed.values;
const portNumber = Number(port);
if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535) {
	console.error(`Erreur : « ${port} » n’est pas un numéro de port (entre 1 et 65535).\n\n${USAGE}`);
	process.exit(2);
}
const record = readBuildRecord(outDir);
if ('error' in record) {
	console.error(`Erreur : ${record.error}`);
	process.exit(2);
}
try {
	const server = await serveDirectory(outDir, { base: record.base, port: portNumber });
	const address = server.url.replace('127.0.0.1', 'localhost');
	console.log(`Le site construit dans « ${outDir} » est servi sur ${address}${record.base}`);
	console.log('Arrêtez avec Ctrl+C.');
	process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
} catch (error) {
	const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
	console.error(busy ? `Erreur : le port ${portNumber} est déjà pris ; choisissez-en un autre : npm run preview -- --port 4322` : `Erreur : ${String(error)}`);
	process.exit(1);
}
