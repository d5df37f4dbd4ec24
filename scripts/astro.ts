// `npm run dev` and `npm run preview`: Astro's command line, with telemetry off.
import { runAstro } from './lib/astro.ts';

process.exitCode = runAstro(process.argv.slice(2));
