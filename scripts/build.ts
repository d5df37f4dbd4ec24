// `npm run build`: the whole site (pages and search index) into dist/.
// Options after "--" go to `astro build` (e.g. --outDir).
import { runAstro } from './lib/astro.ts';

process.exitCode = runAstro(['build', ...process.argv.slice(2)]);
